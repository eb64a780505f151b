#pragma once

#include <QStyledItemDelegate>

namespace dramatis {

// Draws a library entity as the sidebar draws an article's: the type's swatch, the name, and a count on
// the right (articles, or articles shared with the selected entity), in the sidebar's type. A row without
// an entity type (an identifier) gets an outlined square instead of a swatch.
class LibraryEntityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dramatis
