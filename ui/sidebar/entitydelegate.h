#pragma once

#include <QStyledItemDelegate>

namespace dramatis {

// Draws the sidebar's rows: a type group as a small-caps heading with its count, an entity as a colour
// swatch, its name, its role on a second line when known, and its mention count at the right edge.
class EntityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dramatis
