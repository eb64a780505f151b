#pragma once

#include <QStyledItemDelegate>

namespace dramatis {

// Draws a row of the notes panel: the category's swatch and name (or "Note"), the quoted words in
// italics, and the note below them, wrapped to two lines. An orphaned annotation (its words are no
// longer in the article) says so in place of the category and is drawn faded, but it is listed all the same.
class NotesDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dramatis
