#include "notes/notesdelegate.h"

#include "annotations/annotation.h"
#include "article/entitypalette.h"
#include "itemmodels/itemroles.h"
#include "sidebar/sidebarstyle.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTextLayout>

#include <numeric>

namespace dramatis {

namespace {

constexpr int HPad = 10;
constexpr int VPad = 6;
constexpr int Swatch = 9;
constexpr int MaxNoteLines = 2;

// The note laid out in at most MaxNoteLines lines of `width`, the last one elided.
QStringList noteLines(const QString &text, const QFont &font, int width)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0)
        return lines;
    QString flat = text;
    flat.replace(u'\n', u' ');
    QTextLayout layout(flat, font);
    layout.beginLayout();
    for (int i = 0; i < MaxNoteLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines << flat.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    const int shown = int(std::accumulate(lines.cbegin(), lines.cend(), qsizetype(0),
        [](qsizetype n, const QString &l) { return n + l.size(); }));
    if (shown < flat.size() && !lines.isEmpty())
        lines.last() = QFontMetrics(font).elidedText(lines.last() + flat.mid(shown), Qt::ElideRight, width);
    return lines;
}

} // namespace

QSize NotesDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(SidebarStyle::smallFont(option.font));
    // The list asks before it lays rows out, with no width in the option: the viewport's is the row's.
    int rowWidth = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        rowWidth = view->viewport()->width();
    const int width = std::max(100, rowWidth - 2 * HPad);
    const int lines = int(noteLines(index.data(NoteTextRole).toString(), option.font, width).size());
    return {100, VPad + sfm.height() + 2 + fm.height() + lines * fm.height() + VPad + 2};
}

void NotesDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool orphaned = index.data(OrphanedRole).toBool();
    const QColor color(index.data(CategoryColorRole).toString());
    const bool highlight = index.data(KindRole).toInt() == Annotation::Highlight;

    if (selected) {
        QColor bg = opt.palette.color(QPalette::Highlight);
        bg.setAlphaF(0.16f);
        painter->fillRect(r, bg);
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), opt.palette.color(QPalette::Highlight));
    } else if (opt.state.testFlag(QStyle::State_MouseOver)) {
        QColor hover = opt.palette.color(QPalette::Highlight);
        hover.setAlphaF(0.07f);
        painter->fillRect(r, hover);
    }
    // A hairline between rows.
    painter->setPen(SidebarStyle::mutedText(opt.palette, 0.12));
    painter->drawLine(r.left() + HPad, r.bottom(), r.right() - HPad, r.bottom());

    const QFont small = SidebarStyle::smallFont(opt.font);
    const QFontMetrics sfm(small);
    const QFontMetrics fm(opt.font);
    int y = r.top() + VPad;
    const int left = r.left() + HPad;
    const int width = r.width() - 2 * HPad;

    // First line: swatch and category (or what kind of mark it is), or the orphan's warning.
    int x = left;
    const QRect swatch(x, y + (sfm.height() - Swatch) / 2, Swatch, Swatch);
    if (color.isValid()) {
        painter->setPen(QPen(color.darker(120), 1));
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        x = swatch.right() + 6;
    }
    QString label = index.data(CategoryRole).toString();
    if (label.isEmpty())
        label = highlight ? tr("Highlight") : tr("Note");
    if (orphaned)
        label = tr("%1 · words no longer in the article").arg(label);
    painter->setFont(small);
    const QColor warning
        = EntityPalette::isDark(opt.palette) ? QColor(0xfb, 0x92, 0x3c) : QColor(0xc2, 0x41, 0x0c);
    painter->setPen(orphaned ? warning : SidebarStyle::mutedText(opt.palette));
    painter->drawText(QRect(x, y, left + width - x, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        sfm.elidedText(label, Qt::ElideRight, left + width - x));
    y += sfm.height() + 2;

    // The quoted words.
    QFont quoteFont = opt.font;
    quoteFont.setItalic(true);
    painter->setFont(quoteFont);
    painter->setPen(SidebarStyle::mutedText(opt.palette, orphaned ? 0.45 : 0.78));
    const QString quote = u'“' + index.data(QuoteRole).toString().simplified() + u'”';
    painter->drawText(QRect(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(quoteFont).elidedText(quote, Qt::ElideRight, width));
    y += fm.height();

    // The note.
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(QPalette::Text));
    const QStringList lines = noteLines(index.data(NoteTextRole).toString(), opt.font, width);
    for (const QString &line : lines) {
        painter->drawText(QRect(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.height();
    }
    painter->restore();
}

} // namespace dramatis
