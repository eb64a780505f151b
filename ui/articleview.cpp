#include "articleview.h"

#include "entityhighlighter.h"
#include "entitypalette.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace dramatis {

namespace {

// The reading measure, in average characters: the long end of the 45–75 typographers recommend, since
// news paragraphs are short.
constexpr int MeasureChars = 72;
constexpr int MinSideMargin = 16;
constexpr qreal ZoomFactor = 1.1;

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::FixedPixelWidth);
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
    setDocument(new QTextDocument(this));
}

void ArticleView::setArticle(AnalysisPtr analysis, const ArticleDocument &document)
{
    m_analysis = std::move(analysis);
    m_document = document;
    m_selectedEntity = -1;
    m_currentMention = -1;
    // A placeholder parented to the view: QTextEdit deletes its own child documents when replaced.
    setDocument(m_document.document ? m_document.document.get() : new QTextDocument(this));
    if (m_document.highlighter) {
        for (EntityType t : AllEntityTypes)
            m_document.highlighter->setTypeVisible(t, m_visible[int(t)]);
    }
    applyZoom();
    moveCursor(QTextCursor::Start);
    viewport()->update();
}

void ArticleView::setSelectedEntity(int entity)
{
    if (!m_analysis || entity >= m_analysis->entities.size())
        entity = -1;
    m_selectedEntity = entity;
    m_currentMention = -1;
    viewport()->update();
}

void ArticleView::goToMention(int mention)
{
    if (!m_analysis || mention < 0 || mention >= m_analysis->mentions.size())
        return;
    m_currentMention = mention;
    const Mention &m = m_analysis->mentions.at(mention);
    QTextCursor cursor(document());
    cursor.setPosition(textStart() + int(m.start));
    setTextCursor(cursor);
    // Bring the mention to about a third of the height, where the eye reads, rather than to the edge.
    const QRect r = cursorRect(cursor);
    const int target = viewport()->height() / 3;
    if (r.top() < 0 || r.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - target);
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
    if (document()->defaultFont() != f)
        document()->setDefaultFont(f);
    updateMeasure();
}

void ArticleView::updateMeasure()
{
    const QFontMetricsF fm(document()->defaultFont());
    const int measure = int(fm.averageCharWidth() * MeasureChars + 2 * document()->documentMargin());
    const int available = viewport()->width() + viewportMargins().left() + viewportMargins().right();
    const int width = std::min(measure, available - 2 * MinSideMargin);
    const int side = std::max(0, (available - width) / 2);
    if (lineWrapColumnOrWidth() != width)
        setLineWrapColumnOrWidth(std::max(width, 100));
    if (viewportMargins() != QMargins(side, 0, available - width - side, 0))
        setViewportMargins(side, 0, std::max(0, available - width - side), 0);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateMeasure();
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_document.highlighter)
        m_document.highlighter->setPalette(palette());
}

std::pair<int, int> ArticleView::visibleRange() const
{
    const int first = cursorForPosition(QPoint(0, 0)).position();
    const int last = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    return {first, last};
}

QList<QRectF> ArticleView::rangeRects(int from, int to) const
{
    QList<QRectF> rects;
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    QTextBlock block = document()->findBlock(from);
    while (block.isValid() && block.position() < to) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = document()->documentLayout()->blockBoundingRect(block).topLeft() + offset;
        const int a = std::max(from, block.position()) - block.position();
        const int b = std::min(to, block.position() + block.length() - 1) - block.position();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int ls = line.textStart(), le = ls + line.textLength();
            const int s = std::max(a, ls), e = std::min(b, le);
            if (s >= e)
                continue;
            const qreal x1 = line.cursorToX(s), x2 = line.cursorToX(e);
            // The line box includes the 150 % leading; hug the glyphs instead.
            const qreal glyphHeight = line.ascent() + line.descent();
            const qreal top = line.y() + (line.height() - glyphHeight) / 2;
            rects.append(QRectF(std::min(x1, x2), top, std::abs(x2 - x1), glyphHeight).translated(origin));
        }
        block = block.next();
    }
    return rects;
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (!m_analysis || m_selectedEntity < 0)
        return;
    const Entity &entity = m_analysis->entities.at(m_selectedEntity);
    if (!m_visible[int(entity.type)])
        return;
    const auto [first, last] = visibleRange();
    const qsizetype from = first - textStart(), to = last - textStart();
    const MentionList &mentions = m_analysis->mentions;
    // The entity's mention indexes ascend, and so do the mentions' offsets: binary search the screen.
    auto it = std::lower_bound(entity.mentions.cbegin(), entity.mentions.cend(), from,
                               [&](int m, qsizetype pos) { return mentions.at(m).end < pos; });
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = EntityPalette::accent(entity.type, palette());
    for (; it != entity.mentions.cend() && mentions.at(*it).start <= to; ++it) {
        const Mention &m = mentions.at(*it);
        const bool current = *it == m_currentMention;
        p.setPen(QPen(accent, current ? 2.5 : 1.5));
        p.setBrush(Qt::NoBrush);
        const auto rects = rangeRects(textStart() + int(m.start), textStart() + int(m.end));
        for (const QRectF &r : rects)
            p.drawRoundedRect(r.adjusted(-2.5, -1.5, 2.5, 1.5), 4, 4);
    }
}

int ArticleView::mentionAtViewportPos(const QPoint &pos) const
{
    if (!m_analysis)
        return -1;
    const QPointF docPos(pos.x() + horizontalScrollBar()->value(), pos.y() + verticalScrollBar()->value());
    const int hit = document()->documentLayout()->hitTest(docPos, Qt::ExactHit);
    if (hit < textStart())
        return -1;
    const qsizetype idx = m_analysis->mentionAt(hit - textStart());
    if (idx < 0 || !m_visible[int(m_analysis->mentions.at(idx).type)])
        return -1;
    return int(idx);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int idx = mentionAtViewportPos(help->pos());
        if (idx < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Mention &m = m_analysis->mentions.at(idx);
        QString name = m_analysis->article.text.mid(m.start, m.length());
        QString role;
        if (m.entity >= 0 && m.entity < m_analysis->entities.size()) {
            const Entity &e = m_analysis->entities.at(m.entity);
            name = e.name;
            role = e.role;
        }
        QString tip = u"<b>" + name.toHtmlEscaped() + u"</b><br>" + entityTypeName(m.type).toHtmlEscaped();
        if (!role.isEmpty())
            tip += u" · " + role.toHtmlEscaped();
        QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto *me = static_cast<QMouseEvent *>(event);
        viewport()->setCursor(mentionAtViewportPos(me->position().toPoint()) >= 0 ? Qt::PointingHandCursor
                                                                                   : Qt::IBeamCursor);
    }
    return QTextEdit::viewportEvent(event);
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a selection drag.
    if (event->button() == Qt::LeftButton && (event->position().toPoint() - m_pressPos).manhattanLength() < 4
        && !textCursor().hasSelection()) {
        const int idx = mentionAtViewportPos(event->position().toPoint());
        if (idx >= 0)
            emit mentionActivated(idx);
    }
}

} // namespace dramatis
