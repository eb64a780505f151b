#pragma once

#include <QStyledItemDelegate>

namespace dramatis {

// Draws an open article in the left-hand list: its title (up to two lines) over a muted
// "source · date · N people" line.
class ArticleListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QRect titleRect(const QStyleOptionViewItem &option, const QString &title) const;
};

} // namespace dramatis
