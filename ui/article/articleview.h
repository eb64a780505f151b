#pragma once

#include "article/articledocument.h"
#include "core/analysis.h"
#include "core/entitytype.h"

#include <QColor>
#include <QPlainTextEdit>

#include <array>

class QPainter;

namespace dramatis {

// A note or highlight as the view draws it: [start, end) UTF-16 offsets into the article text.
struct AnnotationSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QColor color; // the highlight's category colour; for a note, its underline
    bool note = false; // underlined rather than filled
    QString text; // the note, shown as the span's tooltip
};

// Shows one ArticleDocument for reading: a column of about 70 characters centred in the view, entity
// tints from the document's EntityHighlighter, and, painted over them, outlines around the mentions of
// the selected entity. Only the mentions on screen are looked at (binary search), whatever the length
// of the article. Hovering a mention names its entity; clicking it selects the entity. The heading's
// mentions (Analysis::titleMentions, offsets into the title) are coloured, outlined, hovered, clicked and
// gone to like the text's, through the title* functions.
//
// A QPlainTextEdit, not a QTextEdit: its layout only ever lays out the blocks on screen, where
// QTextEdit's lays out the whole document in growing background steps that stall a multi-megabyte
// article's first seconds by up to 100 ms each.
class ArticleView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    // Shows `document` (built for `analysis`); the view does not own it. An empty document clears.
    void setArticle(AnalysisPtr analysis, const ArticleDocument &document);

    // Where the reader is: the selection and the scroll bar, and, when the text is about to change
    // (`followText`), the first character in sight, which the scroll bar alone cannot keep.
    struct ReadingPlace
    {
        int anchor = 0;
        int position = 0;
        int top = -1;
        int scroll = 0;
        int textStart = 0;
    };
    ReadingPlace readingPlace(bool followText) const;
    // After setArticle() for the same file: puts the reader back. When the text changed from `oldText`, the
    // cursor and the view follow the words they were on, found as notes are.
    void restoreReadingPlace(const ReadingPlace &place, const QString &oldText);
    AnalysisPtr analysis() const { return m_analysis; }
    const ArticleDocument &articleDocument() const { return m_document; }
    // The document position of article offset 0.
    int textStart() const { return m_document.textStart; }
    // What the view says below the header of an article without text (the reader's note on why, else
    // that there is none); empty for an article with text, or none.
    QString emptyTextNote() const;
    // Selects [start, end) of the article's text (UTF-16 offsets, not counting the header), centred, with
    // the focus.
    void selectTextSpan(qsizetype start, qsizetype end);
    // The document position of title offset 0, -1 when the heading is not the article's title.
    int titleStart() const { return m_document.titleStart; }

    // The entity whose mentions are outlined (index into Analysis::entities), -1 for none.
    void setSelectedEntity(int entity);
    int selectedEntity() const { return m_selectedEntity; }
    // Puts the cursor on a mention (index into Analysis::mentions), emphasises it and scrolls to it.
    void goToMention(int mention);
    int currentMention() const { return m_currentMention; }
    // The same for a mention of the heading (index into Analysis::titleMentions).
    void goToTitleMention(int mention);
    int currentTitleMention() const { return m_currentTitleMention; }

    void setTypeVisible(EntityType type, bool visible);
    bool isTypeVisible(EntityType type) const { return m_visible[int(type)]; }

    // Zoom in steps of about 10 %; 0 is the default size.
    void setZoomStep(int step);
    int zoomStep() const { return m_zoomStep; }
    void setBodyFont(const QFont &font);
    QFont bodyFont() const { return m_bodyFont; }
    // The body font at the current zoom: what documents should be built with.
    QFont documentFont() const { return font(); }

    // The mention (index into Analysis::mentions) under a viewport position, -1 when none is shown there.
    int mentionAtViewportPos(const QPoint &pos) const;
    // The mention the text cursor is in (or just after), -1 when none.
    int mentionAtCursor() const;
    // The same two for the heading's mentions (indexes into Analysis::titleMentions).
    int titleMentionAtViewportPos(const QPoint &pos) const;
    int titleMentionAtCursor() const;

    // Notes and highlights, drawn under the text (highlights) or under the line (notes). Only the spans
    // that meet the screen are laid out, so the count costs little and the article's length nothing.
    void setAnnotationSpans(QList<AnnotationSpan> spans);
    // The selection as article offsets, trimmed of surrounding blanks and widened to whole words; {-1, -1}
    // when nothing of the article text is selected.
    std::pair<qsizetype, qsizetype> selectedRange() const;
    // Selects article offsets [start, end) and brings them on screen.
    void selectRange(qsizetype start, qsizetype end);
    // Where the text column begins, in the view's coordinates (the tag line above aligns with it).
    int columnLeft() const;
    // Where the article range [start, end) is drawn, in viewport coordinates (empty when off screen).
    QRect rangeRect(qsizetype start, qsizetype end) const;

Q_SIGNALS:
    void mentionActivated(int mention);
    void titleMentionActivated(int mention);
    // The text column moved (resize, zoom).
    void columnChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void paintAnnotations(bool notes);
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMeasure();
    void applyZoom();
    // Rectangles (viewport coordinates) of the characters [from, to) of the document.
    QList<QRectF> rangeRects(int from, int to) const;
    // The document range currently on screen.
    std::pair<int, int> visibleRange() const;
    // The text bounds of mention `mention` in viewport coordinates (several rects when it wraps).
    QList<QRectF> mentionRects(int mention) const;
    QList<QRectF> titleMentionRects(int mention) const;
    // The mention of `mentions` (offsets from document position `origin`) at document position `hit` or
    // just before it, if shown and under `pos` (when given); -1 when none.
    int shownMentionAt(const MentionList &mentions, int origin, int hit, const QPoint *pos) const;
    // Moves the cursor to document position `at` and brings it on screen.
    void showCursorAt(int at);
    // Outlines those of `entityMentions` (indexes into `mentions`, offsets from document position
    // `origin`) that are on screen; the one at index `current` thicker.
    void outlineMentions(QPainter &p, const QColor &accent, const QList<int> &entityMentions,
        const MentionList &mentions, int origin, int current) const;

    AnalysisPtr m_analysis;
    ArticleDocument m_document;
    int m_selectedEntity = -1;
    int m_currentMention = -1;
    int m_currentTitleMention = -1;
    int m_zoomStep = 0;
    QFont m_bodyFont;
    QPoint m_pressPos;
    std::array<bool, EntityTypeCount> m_visible {true, true, true, true};
    QList<AnnotationSpan> m_spans;
};

} // namespace dramatis
