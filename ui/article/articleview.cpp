#include "article/articleview.h"

#include "annotations/anchor.h"
#include "article/entityhighlighter.h"
#include "article/entitypalette.h"
#include "widgets/emptyhint.h"

#include <QFileInfo>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <utility>

namespace dramatis {

namespace {

// The reading measure, in average characters: the long end of the 45–75 typographers recommend, since
// news paragraphs are short.
constexpr int MeasureChars = 70;
constexpr int MinSideMargin = 16;
constexpr qreal ZoomFactor = 1.1;

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    // Drops belong to the window (it opens files); the view would paste their URLs as text.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    // The side margins around the centred column are outside the viewport: paint them as text background.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(true);
    m_bodyFont = ArticleDocument::defaultBodyFont(font());
    applyZoom();
}

ArticleView::~ArticleView()
{
    // Let go of the article's document before m_document (which may hold its last owner) is destroyed.
    setDocument(ArticleDocument::placeholder(this));
}

void ArticleView::setArticle(AnalysisPtr analysis, const ArticleDocument &document)
{
    m_analysis = std::move(analysis);
    // The old document may have no other owner: it must outlive setDocument(), which disconnects from it.
    const ArticleDocument previous = std::exchange(m_document, document);
    m_selectedEntity = -1;
    m_currentMention = -1;
    m_currentTitleMention = -1;
    m_spans.clear();
    // A placeholder parented to the view: the view deletes its own child documents when replaced.
    setDocument(m_document.document ? m_document.document.get() : ArticleDocument::placeholder(this));
    if (m_document.highlighter) {
        for (EntityType t : AllEntityTypes)
            m_document.highlighter->setTypeVisible(t, m_visible[int(t)]);
    }
    applyZoom();
    moveCursor(QTextCursor::Start);
    viewport()->update();
}

QString ArticleView::emptyTextNote() const
{
    if (!m_analysis || !m_analysis->article.text.isEmpty())
        return {};
    if (m_document.note.isEmpty())
        return tr("This article has no text.");
    // The reader names the file first ("mail.eml: the message has no text"), for a list of files; the
    // view shows one article under its own header.
    QString note = m_document.note;
    const qsizetype colon = note.indexOf(u": ");
    const QString fileName = QFileInfo(m_analysis->article.filePath).fileName();
    if (colon > 0 && !fileName.isEmpty() && note.left(colon).endsWith(fileName))
        note.remove(0, colon + 2);
    if (!note.isEmpty())
        note[0] = note[0].toUpper();
    if (!note.endsWith(u'.'))
        note += u'.';
    return note;
}

void ArticleView::setSelectedEntity(int entity)
{
    if (!m_analysis || entity >= m_analysis->entities.size())
        entity = -1;
    m_selectedEntity = entity;
    m_currentMention = -1;
    m_currentTitleMention = -1;
    viewport()->update();
}

void ArticleView::goToMention(int mention)
{
    if (!m_analysis || mention < 0 || mention >= m_analysis->mentions.size())
        return;
    m_currentMention = mention;
    m_currentTitleMention = -1;
    showCursorAt(textStart() + int(m_analysis->mentions.at(mention).start));
}

void ArticleView::goToTitleMention(int mention)
{
    if (!m_analysis || titleStart() < 0 || mention < 0 || mention >= m_analysis->titleMentions.size())
        return;
    m_currentTitleMention = mention;
    m_currentMention = -1;
    showCursorAt(titleStart() + int(m_analysis->titleMentions.at(mention).start));
}

void ArticleView::showCursorAt(int at)
{
    QTextCursor cursor(document());
    cursor.setPosition(at);
    setTextCursor(cursor);
    // A mention off screen comes to the middle, where the eye reads, rather than to the edge (the
    // heading, at the top, comes as far down as the document's start allows).
    const QRect r = cursorRect(cursor);
    if (r.top() < 0 || r.bottom() > viewport()->height())
        centerCursor();
    viewport()->update();
}

void ArticleView::setTypeVisible(EntityType type, bool visible)
{
    m_visible[int(type)] = visible;
    if (m_document.highlighter)
        m_document.highlighter->setTypeVisible(type, visible);
    viewport()->update();
}

void ArticleView::setZoomStep(int step)
{
    m_zoomStep = std::clamp(step, -5, 10);
    applyZoom();
}

void ArticleView::setBodyFont(const QFont &font)
{
    m_bodyFont = font;
    applyZoom();
}

void ArticleView::applyZoom()
{
    QFont f = m_bodyFont;
    f.setPointSizeF(m_bodyFont.pointSizeF() * std::pow(ZoomFactor, m_zoomStep));
    // QPlainTextEdit hands its own font to the document it shows; keep the two the same.
    if (font() != f)
        setFont(f);
    if (document()->defaultFont() != f)
        document()->setDefaultFont(f);
    updateMeasure();
}

void ArticleView::updateMeasure()
{
    const QFontMetricsF fm(document()->defaultFont());
    // The average of lowercase letters: averageCharWidth() counts capitals and wide glyphs, and comes out
    // some 15 % wider than running text.
    const qreal charWidth = fm.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26.0;
    const int measure = int(charWidth * MeasureChars + 2 * document()->documentMargin());
    const int available = viewport()->width() + viewportMargins().left() + viewportMargins().right();
    const int width = std::max(100, std::min(measure, available - 2 * MinSideMargin));
    const int side = std::max(0, (available - width) / 2);
    if (viewportMargins() != QMargins(side, 0, std::max(0, available - width - side), 0)) {
        setViewportMargins(side, 0, std::max(0, available - width - side), 0);
        Q_EMIT columnChanged();
    }
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMeasure();
}

void ArticleView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_document.highlighter)
        m_document.highlighter->setPalette(palette());
}

std::pair<int, int> ArticleView::visibleRange() const
{
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid())
        return {0, 0};
    QTextBlock block = first;
    const QPointF offset = contentOffset();
    const int bottom = viewport()->height();
    int last = block.position() + block.length();
    while (block.isValid() && blockBoundingGeometry(block).translated(offset).top() <= bottom) {
        last = block.position() + block.length();
        block = block.next();
    }
    return {first.position(), last};
}

QList<QRectF> ArticleView::rangeRects(int from, int to) const
{
    QList<QRectF> rects;
    const QPointF offset = contentOffset();
    QTextBlock block = document()->findBlock(from);
    while (block.isValid() && block.position() < to) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = blockBoundingGeometry(block).translated(offset).topLeft();
        const int a = std::max(from, block.position()) - block.position();
        const int b = std::min(to, block.position() + block.length() - 1) - block.position();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int ls = line.textStart(), le = ls + line.textLength();
            const int s = std::max(a, ls), e = std::min(b, le);
            if (s >= e)
                continue;
            const qreal x1 = line.cursorToX(s), x2 = line.cursorToX(e);
            rects.append(
                QRectF(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height()).translated(origin));
        }
        block = block.next();
    }
    return rects;
}

QList<QRectF> ArticleView::mentionRects(int mention) const
{
    if (!m_analysis || mention < 0 || mention >= m_analysis->mentions.size())
        return {};
    const Mention &m = m_analysis->mentions.at(mention);
    return rangeRects(textStart() + int(m.start), textStart() + int(m.end));
}

QList<QRectF> ArticleView::titleMentionRects(int mention) const
{
    if (!m_analysis || titleStart() < 0 || mention < 0 || mention >= m_analysis->titleMentions.size())
        return {};
    const Mention &m = m_analysis->titleMentions.at(mention);
    return rangeRects(titleStart() + int(m.start), titleStart() + int(m.end));
}

void ArticleView::setAnnotationSpans(QList<AnnotationSpan> spans)
{
    m_spans = std::move(spans);
    viewport()->update();
}

void ArticleView::paintAnnotations(bool notes)
{
    if (!m_analysis || m_spans.isEmpty())
        return;
    const auto [first, last] = visibleRange();
    const qsizetype from = first - textStart(), to = last - textStart();
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = EntityPalette::isDark(palette());
    for (const AnnotationSpan &span : std::as_const(m_spans)) {
        if (span.note != notes || span.end <= from || span.start >= to)
            continue;
        const auto rects = rangeRects(textStart() + int(span.start), textStart() + int(span.end));
        if (notes) {
            p.setPen(QPen(span.color, 2.0, Qt::SolidLine, Qt::FlatCap));
            for (const QRectF &r : rects)
                p.drawLine(QPointF(r.left(), r.bottom() - 1.0), QPointF(r.right(), r.bottom() - 1.0));
            continue;
        }
        QColor fill = span.color;
        fill.setAlphaF(dark ? 0.38f : 0.42f);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        for (const QRectF &r : rects)
            p.drawRect(r.adjusted(0, 1, 0, -1));
    }
}

std::pair<qsizetype, qsizetype> ArticleView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!m_analysis || !cursor.hasSelection())
        return {-1, -1};
    const QString &text = m_analysis->article.text;
    qsizetype start = std::max(0, cursor.selectionStart() - textStart());
    qsizetype end = std::min<qsizetype>(text.size(), cursor.selectionEnd() - textStart());
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return {-1, -1};
    // A drag rarely starts and ends exactly on word boundaries: a selection is taken in whole words.
    const auto inWord
        = [&](qsizetype i) { return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber(); };
    while (inWord(start - 1) && inWord(start))
        --start;
    while (inWord(end) && inWord(end - 1))
        ++end;
    return {start, end};
}

ArticleView::ReadingPlace ArticleView::readingPlace(bool followText) const
{
    const QTextCursor cursor = textCursor();
    ReadingPlace place;
    place.anchor = cursor.anchor();
    place.position = cursor.position();
    place.top = followText ? cursorForPosition(QPoint(0, 0)).position() : -1;
    place.scroll = verticalScrollBar()->value();
    place.textStart = textStart();
    return place;
}

void ArticleView::restoreReadingPlace(const ReadingPlace &place, const QString &oldText)
{
    int anchor = place.anchor, position = place.position, top = place.top;
    if (top >= 0 && m_analysis) {
        const QString &was = oldText, &now = m_analysis->article.text;
        const auto follow = [&](int at) {
            const qsizetype offset = std::clamp<qsizetype>(at - place.textStart, 0, was.size());
            const qsizetype from
                = std::max<qsizetype>(0, std::min(offset, was.size() - TextAnchor::ContextLength));
            const qsizetype to = std::min(was.size(), from + TextAnchor::ContextLength);
            const AnchorMatch match = resolveAnchor(TextAnchor::fromRange(was, from, to), now);
            const qsizetype moved = match.start < 0 ? std::min(offset, now.size())
                                                    : std::min(match.start + (offset - from), now.size());
            return textStart() + int(moved);
        };
        anchor = follow(anchor);
        position = follow(position);
        top = follow(top);
    }
    QTextCursor restored(document());
    restored.setPosition(std::min(anchor, document()->characterCount() - 1));
    restored.setPosition(std::min(position, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(restored);
    // The scroll bar counts lines: the same value shows other words when lines came or went above them.
    verticalScrollBar()->setValue(top < 0 ? place.scroll : document()->findBlock(top).firstLineNumber());
}

void ArticleView::selectRange(qsizetype start, qsizetype end)
{
    if (!m_analysis)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(textStart() + int(start));
    cursor.setPosition(textStart() + int(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    const QRect r = cursorRect(cursor);
    if (r.top() < 0 || r.bottom() > viewport()->height())
        centerCursor();
    viewport()->update();
}

int ArticleView::columnLeft() const
{
    return viewportMargins().left() + int(document()->documentMargin());
}

QRect ArticleView::rangeRect(qsizetype start, qsizetype end) const
{
    QRectF bounds;
    const auto rects = rangeRects(textStart() + int(start), textStart() + int(end));
    for (const QRectF &r : rects)
        bounds = bounds.united(r);
    return bounds.toAlignedRect().intersected(viewport()->rect());
}

int ArticleView::shownMentionAt(const MentionList &mentions, int origin, int hit, const QPoint *pos) const
{
    for (const int candidate : {hit, hit - 1}) {
        if (origin < 0 || candidate < origin)
            continue;
        const qsizetype idx = mentionCovering(mentions, candidate - origin);
        if (idx < 0 || !m_visible[int(mentions.at(idx).type)])
            continue;
        if (!pos)
            return int(idx);
        // cursorForPosition() snaps to the nearest character; the mention must also be under the point.
        const Mention &m = mentions.at(idx);
        const auto rects = rangeRects(origin + int(m.start), origin + int(m.end));
        if (std::any_of(rects.cbegin(), rects.cend(), [&](const QRectF &r) { return r.contains(*pos); }))
            return int(idx);
    }
    return -1;
}

int ArticleView::mentionAtCursor() const
{
    if (!m_analysis)
        return -1;
    return shownMentionAt(m_analysis->mentions, textStart(), textCursor().selectionStart(), nullptr);
}

int ArticleView::titleMentionAtCursor() const
{
    if (!m_analysis)
        return -1;
    return shownMentionAt(m_analysis->titleMentions, titleStart(), textCursor().selectionStart(), nullptr);
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    // Highlights go under the text (the base class paints no background of its own over them).
    paintAnnotations(false);
    QPlainTextEdit::paintEvent(event);
    paintAnnotations(true);
    if (!m_analysis) {
        drawEmptyHint(viewport(), this, viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Drop article files here, or press %1 to open one.")
                .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
            1.1, 0.45);
        return;
    }
    if (const QString note = emptyTextNote(); !note.isEmpty()) {
        // Where the text would start, below the header, in the text's column.
        const QRectF header = blockBoundingGeometry(document()->lastBlock()).translated(contentOffset());
        const int margin = int(document()->documentMargin());
        const QRect column(margin, int(header.bottom()) + fontMetrics().lineSpacing(),
            viewport()->width() - 2 * margin, viewport()->height());
        drawEmptyHint(
            viewport(), this, column, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note, 1.0, 0.6);
    }
    if (m_selectedEntity < 0)
        return;
    const Entity &entity = m_analysis->entities.at(m_selectedEntity);
    if (!m_visible[int(entity.type)])
        return;
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = EntityPalette::accent(entity.type, palette());
    if (titleStart() >= 0) {
        outlineMentions(
            p, accent, entity.titleMentions, m_analysis->titleMentions, titleStart(), m_currentTitleMention);
    }
    outlineMentions(p, accent, entity.mentions, m_analysis->mentions, textStart(), m_currentMention);
}

void ArticleView::outlineMentions(QPainter &p, const QColor &accent, const QList<int> &entityMentions,
    const MentionList &mentions, int origin, int current) const
{
    const auto [first, last] = visibleRange();
    const qsizetype from = first - origin, to = last - origin;
    // The entity's mention indexes ascend, and so do the mentions' offsets: binary search the screen.
    auto it = std::lower_bound(entityMentions.cbegin(), entityMentions.cend(), from,
        [&](int m, qsizetype pos) { return mentions.at(m).end < pos; });
    p.setBrush(Qt::NoBrush);
    for (; it != entityMentions.cend() && mentions.at(*it).start <= to; ++it) {
        p.setPen(QPen(accent, *it == current ? 2.5 : 1.5));
        const Mention &m = mentions.at(*it);
        const auto rects = rangeRects(origin + int(m.start), origin + int(m.end));
        for (const QRectF &r : rects)
            p.drawRoundedRect(r.adjusted(-1.5, 0.5, 1.5, -0.5), 3.5, 3.5);
    }
}

int ArticleView::mentionAtViewportPos(const QPoint &pos) const
{
    if (!m_analysis)
        return -1;
    return shownMentionAt(m_analysis->mentions, textStart(), cursorForPosition(pos).position(), &pos);
}

int ArticleView::titleMentionAtViewportPos(const QPoint &pos) const
{
    if (!m_analysis)
        return -1;
    return shownMentionAt(m_analysis->titleMentions, titleStart(), cursorForPosition(pos).position(), &pos);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int idx = mentionAtViewportPos(help->pos());
        const int titleIdx = idx < 0 ? titleMentionAtViewportPos(help->pos()) : -1;
        const int hit = cursorForPosition(help->pos()).position() - textStart();
        QStringList notes;
        for (const AnnotationSpan &span : std::as_const(m_spans)) {
            if (!span.text.isEmpty() && span.start <= hit && hit < span.end)
                notes << span.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        }
        // An identifier under the pointer shows its normalised form (the number as E.164, the amount in
        // full), above the notes.
        if (m_analysis) {
            const int docPos = cursorForPosition(help->pos()).position();
            const qsizetype titlePos = docPos - titleStart();
            const Identifier *id = nullptr;
            if (const qsizetype i = hit >= 0 ? m_analysis->identifierAt(hit) : -1; i >= 0)
                id = &m_analysis->identifiers.at(i);
            else if (titlePos >= 0 && titlePos < m_analysis->article.title.size()) {
                for (const Identifier &t : m_analysis->titleIdentifiers) {
                    if (t.start <= titlePos && titlePos < t.end)
                        id = &t;
                }
            }
            if (id) {
                notes.prepend(u"<b>" + id->normalized.toHtmlEscaped() + u"</b><br>"
                    + identifierKindName(id->kind).toHtmlEscaped());
            }
        }
        if (idx < 0 && titleIdx < 0 && !notes.isEmpty()) {
            QToolTip::showText(help->globalPos(), notes.join(QStringLiteral("<hr>")), viewport());
            return true;
        }
        if (idx < 0 && titleIdx < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Mention &m = idx >= 0 ? m_analysis->mentions.at(idx) : m_analysis->titleMentions.at(titleIdx);
        QString name
            = (idx >= 0 ? m_analysis->article.text : m_analysis->article.title).mid(m.start, m.length());
        QString role;
        if (m.entity >= 0 && m.entity < m_analysis->entities.size()) {
            const Entity &e = m_analysis->entities.at(m.entity);
            name = e.name;
            role = e.role;
        }
        QString tip = u"<b>" + name.toHtmlEscaped() + u"</b><br>" + entityTypeName(m.type).toHtmlEscaped();
        if (!role.isEmpty())
            tip += u" · " + role.toHtmlEscaped();
        if (!notes.isEmpty())
            tip += u"<hr>" + notes.join(QStringLiteral("<hr>"));
        QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto *me = static_cast<QMouseEvent *>(event);
        const QPoint pos = me->position().toPoint();
        viewport()->setCursor(mentionAtViewportPos(pos) >= 0 || titleMentionAtViewportPos(pos) >= 0
                ? Qt::PointingHandCursor
                : Qt::IBeamCursor);
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a selection drag.
    if (event->button() == Qt::LeftButton && (event->position().toPoint() - m_pressPos).manhattanLength() < 4
        && !textCursor().hasSelection()) {
        const QPoint pos = event->position().toPoint();
        if (const int idx = mentionAtViewportPos(pos); idx >= 0)
            Q_EMIT mentionActivated(idx);
        else if (const int title = titleMentionAtViewportPos(pos); title >= 0)
            Q_EMIT titleMentionActivated(title);
    }
}

void ArticleView::selectTextSpan(qsizetype start, qsizetype end)
{
    QTextCursor cursor(document());
    cursor.setPosition(textStart() + int(start));
    cursor.setPosition(textStart() + int(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

} // namespace dramatis
