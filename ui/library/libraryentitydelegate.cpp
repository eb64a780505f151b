#include "library/libraryentitydelegate.h"

#include "article/entitypalette.h"
#include "core/entitytype.h"
#include "itemmodels/itemroles.h"
#include "sidebar/sidebarstyle.h"

#include <QApplication>
#include <QPainter>

namespace dramatis {

void LibraryEntityDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariant type = index.data(EntityTypeRole);
    const QRect r = opt.rect.adjusted(8, 0, -8, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int swatch = 9;
    const QRectF box(r.left(), r.center().y() - swatch / 2.0 + 0.5, swatch, swatch);
    if (type.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(EntityPalette::accent(EntityType(type.toInt()), opt.palette));
        painter->drawRoundedRect(box, 2, 2);
    } else {
        // An identifier: no name colour, as in the article, where identifiers are underlined, not filled.
        painter->setPen(QPen(SidebarStyle::mutedText(opt.palette), 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QFont small = SidebarStyle::smallFont(opt.font);
    const QString count = QString::number(index.data(LibraryCountRole).toInt());
    const int countWidth = QFontMetrics(small).horizontalAdvance(count) + 4;
    painter->setFont(small);
    painter->setPen(
        selected ? opt.palette.color(QPalette::HighlightedText) : SidebarStyle::mutedText(opt.palette));
    painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, count);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect text = r.adjusted(swatch + 8, 0, -countWidth, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(opt.font).elidedText(name, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize LibraryEntityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), QFontMetrics(option.font).height() + 8));
    return s;
}

} // namespace dramatis
