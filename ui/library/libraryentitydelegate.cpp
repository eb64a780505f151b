#include "library/libraryentitydelegate.h"

#include "article/entitypalette.h"
#include "core/entitytype.h"
#include "itemmodels/itemroles.h"
#include "sidebar/sidebarstyle.h"
#include "watchlists/watchlistcontroller.h"
#include "widgets/watchlistbadge.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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
    QRect text = r.adjusted(swatch + 8, 0, -countWidth, 0);
    if (type.isValid() && m_watchlists) {
        // The sidebar's badge, at the end of the name's room.
        const WatchlistBadgeLook badge
            = WatchlistBadgeLook::of(m_watchlists->shownFor(name, EntityType(type.toInt())));
        if (badge.badge != NoWatchlistBadge) {
            const int lineHeight = QFontMetrics(opt.font).height();
            const QRect line(text.left(), r.center().y() - lineHeight / 2, text.width() - 6, lineHeight);
            text.setRight(paintWatchlistBadge(painter, opt, badge, line).left() - 6);
        }
    }
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
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

QString LibraryEntityDelegate::toolTip(const QModelIndex &index) const
{
    QString tip = index.data(Qt::ToolTipRole).toString();
    const QVariant type = index.data(EntityTypeRole);
    if (!type.isValid() || !m_watchlists)
        return tip;
    const QList<WatchlistMatch> shown
        = m_watchlists->shownFor(index.data(Qt::DisplayRole).toString(), EntityType(type.toInt()));
    if (!shown.isEmpty())
        tip += u"\n\n" + WatchlistMatch::describe(shown);
    return tip;
}

bool LibraryEntityDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTip(index);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), tip, view->viewport(), view->visualRect(index));
    return true;
}

} // namespace dramatis
