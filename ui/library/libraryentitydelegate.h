#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace dramatis {

class WatchlistController;

// Draws a library entity as the sidebar draws an article's: the type's swatch, the name, and a count on
// the right (articles, or articles shared with the selected entity), in the sidebar's type. A row without
// an entity type (an identifier) gets an outlined square instead of a swatch. An entity on a watchlist
// gets the sidebar's badge before its count, and its hits in the tooltip.
class LibraryEntityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Where the entities' watchlist hits come from; none (no badges) while it is null.
    void setWatchlists(const WatchlistController *watchlists) { m_watchlists = watchlists; }
    // The row's tooltip: the model's, then the entity's watchlist hits.
    QString toolTip(const QModelIndex &index) const;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    QPointer<const WatchlistController> m_watchlists;
};

} // namespace dramatis
