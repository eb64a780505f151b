#include "widgets/watchlistbadge.h"

#include "article/entitypalette.h"
#include "sidebar/sidebarstyle.h"
#include "watchlists/entitymatches.h"

#include <QModelIndex>
#include <QPainter>
#include <QStyleOptionViewItem>

#include <algorithm>

namespace dramatis {

namespace {

// Text that reads on `background`: near-black on light colours, white on dark ones.
QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.62 ? QColor(0x1d, 0x1d, 0x1f) : QColor(Qt::white);
}

} // namespace

WatchlistBadgeLook WatchlistBadgeLook::of(const QList<WatchlistMatch> &shown)
{
    if (shown.isEmpty())
        return {};
    return {watchlistBadge(shown), QColor(shown.front().hit.colour), shown.front().hit.listName};
}

WatchlistBadgeLook WatchlistBadgeLook::of(const QModelIndex &index)
{
    return {WatchlistBadge(index.data(WatchlistBadgeRole).toInt()),
        QColor(index.data(WatchlistColourRole).toString()), index.data(WatchlistNameRole).toString()};
}

QRect paintWatchlistBadge(
    QPainter *painter, const QStyleOptionViewItem &opt, const WatchlistBadgeLook &look, const QRect &room)
{
    if (look.badge == NoWatchlistBadge)
        return {room.right(), room.top(), 0, room.height()};
    const QColor colour = look.colour.isValid() ? look.colour : opt.palette.color(QPalette::Highlight);
    QString text = look.listName;
    if (look.badge == ConfirmedWatchlistBadge)
        text = u"\u2713 " + text;
    else if (look.badge == PossibleWatchlistBadge)
        text += u'?';
    const QFont font = SidebarStyle::smallFont(opt.font);
    const QFontMetrics fm(font);
    const int maxWidth = std::max(fm.height(), room.width() / 2);
    // A little slack over the advance: elidedText() measures with fractions the int advance rounds off.
    const int width = std::min(fm.horizontalAdvance(text) + 12, maxWidth);
    const int height = fm.height() + 1;
    const QRect pill(room.right() - width, room.top() + (room.height() - height) / 2, width, height);
    const QRectF outline = QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    if (look.badge == PossibleWatchlistBadge) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, 1, Qt::DashLine));
        painter->drawRoundedRect(outline, height / 2.0, height / 2.0);
        painter->setPen(EntityPalette::isDark(opt.palette) ? colour.lighter(150) : colour);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(outline, height / 2.0, height / 2.0);
        painter->setPen(textOn(colour));
    }
    painter->drawText(
        pill.adjusted(5, 0, -5, 0), Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 10));
    painter->restore();
    return pill;
}

} // namespace dramatis
