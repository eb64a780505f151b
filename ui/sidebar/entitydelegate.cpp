#include "sidebar/entitydelegate.h"

#include "article/entitypalette.h"
#include "itemmodels/itemroles.h"
#include "sidebar/sidebarstyle.h"
#include "widgets/watchlistbadge.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace dramatis {

namespace {

constexpr int HPad = 10;
constexpr int Swatch = 9;

} // namespace

QSize EntityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (index.data(IsGroupRole).toBool())
        return {100, fm.height() + 14};
    int h = fm.height() + 8;
    if (!index.data(SubtitleRole).toString().isEmpty())
        h += QFontMetrics(SidebarStyle::smallFont(option.font)).height();
    return {100, h};
}

void EntityDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect;
    const auto type = EntityType(index.data(EntityTypeRole).toInt());
    const int count = index.data(MentionCountRole).toInt();

    if (index.data(IsGroupRole).toBool()) {
        painter->setFont(SidebarStyle::headingFont(opt.font));
        painter->setPen(SidebarStyle::mutedText(opt.palette));
        const QRect textRect = r.adjusted(HPad, 6, -HPad, 0);
        // The identifiers' group can be closed, and starts closed: an arrow says which way it is.
        QString arrow;
        if (index.data(IdentifierKindRole).toInt() == -1)
            arrow = opt.state.testFlag(QStyle::State_Open) ? QStringLiteral("\u25be ") : QStringLiteral("\u25b8 ");
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
            arrow + index.data(Qt::DisplayRole).toString() + u" (" + QString::number(count) + u')');
        painter->restore();
        return;
    }

    // An identifier is no entity: its mark is the text's dotted underline, in its colour, not a type's.
    const bool identifier = index.data(IdentifierKindRole).isValid();
    const QColor accent = identifier ? EntityPalette::identifierUnderline(opt.palette)
                                     : EntityPalette::accent(type, opt.palette);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    if (selected) {
        QColor bg = identifier ? accent : EntityPalette::tint(type, opt.palette);
        if (identifier)
            bg.setAlphaF(0.18f);
        painter->fillRect(r, bg);
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), accent);
    } else if (opt.state.testFlag(QStyle::State_MouseOver)) {
        QColor hover = opt.palette.color(QPalette::Highlight);
        hover.setAlphaF(0.08f);
        painter->fillRect(r, hover);
    }

    const QFontMetrics fm(opt.font);
    const int lineTop = r.top() + 4;
    const QRect swatch(r.left() + HPad + 8, lineTop + (fm.height() - Swatch) / 2, Swatch, Swatch);
    if (identifier) {
        painter->setPen(QPen(accent, 1.5, Qt::DotLine));
        painter->drawLine(QPointF(swatch.left(), swatch.bottom()), QPointF(swatch.right() + 1, swatch.bottom()));
    } else {
        painter->setPen(QPen(accent, 1));
        painter->setBrush(accent.lighter(EntityPalette::isDark(opt.palette) ? 100 : 130));
        painter->drawRoundedRect(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    }

    const QString countText = QString::number(count);
    const int countWidth = fm.horizontalAdvance(countText);
    const QRect countRect(r.right() - HPad - countWidth, lineTop, countWidth, fm.height());
    painter->setFont(opt.font);
    painter->setPen(SidebarStyle::mutedText(opt.palette));
    painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, countText);

    // An analyst's rule decided this entity: a small tick badge before the count (the tooltip names the
    // rule).
    int nameRight = countRect.left() - 8;
    if (index.data(LexiconDecidedRole).toBool()) {
        const int d = Swatch + 3;
        const QRectF badge(nameRight - d, lineTop + (fm.height() - d) / 2.0, d, d);
        painter->setPen(Qt::NoPen);
        painter->setBrush(EntityPalette::accent(type, opt.palette));
        painter->drawEllipse(badge);
        QPainterPath tick;
        tick.moveTo(badge.left() + d * 0.27, badge.top() + d * 0.52);
        tick.lineTo(badge.left() + d * 0.44, badge.top() + d * 0.70);
        tick.lineTo(badge.left() + d * 0.74, badge.top() + d * 0.33);
        painter->setPen(
            QPen(opt.palette.color(QPalette::Base), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        nameRight = int(badge.left()) - 6;
    }

    if (const WatchlistBadgeLook badge = WatchlistBadgeLook::of(index); badge.badge != NoWatchlistBadge) {
        const QRect drawn = paintWatchlistBadge(painter, opt, badge,
            QRect(swatch.right() + 8, lineTop, nameRight - swatch.right() - 8, fm.height()));
        nameRight = drawn.left() - 6;
    }

    const int textLeft = swatch.right() + 8;
    const QRect nameRect(textLeft, lineTop, nameRight - textLeft, fm.height());
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));

    const QString role = index.data(SubtitleRole).toString();
    if (!role.isEmpty()) {
        const QFont small = SidebarStyle::smallFont(opt.font);
        const QFontMetrics sfm(small);
        painter->setFont(small);
        painter->setPen(SidebarStyle::mutedText(opt.palette));
        const QRect roleRect(textLeft, nameRect.bottom() + 1, r.right() - HPad - textLeft, sfm.height());
        painter->drawText(roleRect, Qt::AlignLeft | Qt::AlignVCenter,
            sfm.elidedText(role, Qt::ElideRight, roleRect.width()));
    }
    if (opt.state.testFlag(QStyle::State_HasFocus) && selected) {
        // The selection colour already says where focus is; no dotted frame.
    }
    painter->restore();
}

} // namespace dramatis
