#pragma once

#include "itemmodels/itemroles.h"

#include <QColor>
#include <QRect>
#include <QString>

class QModelIndex;
class QPainter;
class QStyleOptionViewItem;

namespace dramatis {

// An entity's watchlist badge as the sidebar and the Library draw it: a pill with the list's name, filled
// in the list's colour for a match, with a tick once confirmed, and only outlined, dashed, with a question
// mark for a possible one (initials), so a possible match never reads as a sure one.
struct WatchlistBadgeLook
{
    WatchlistBadge badge = NoWatchlistBadge;
    QColor colour; // the list's; invalid: the palette's highlight
    QString listName;

    // The badge of an entity's hits to show (EntityMatches::shown()).
    static WatchlistBadgeLook of(const QList<WatchlistMatch> &shown);
    // The badge a row of an entity model asks for (WatchlistBadgeRole, WatchlistColourRole,
    // WatchlistNameRole).
    static WatchlistBadgeLook of(const QModelIndex &index);
};

// Paints `look` at the right end of `room` (one line of a row, in the row's font), at most half its width
// so the name keeps its room. Returns the badge's rectangle; the painter's state is left as it was.
QRect paintWatchlistBadge(
    QPainter *painter, const QStyleOptionViewItem &option, const WatchlistBadgeLook &look, const QRect &room);

} // namespace dramatis
