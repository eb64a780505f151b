#include "sidebar/articlelistdelegate.h"

#include "itemmodels/itemroles.h"

#include <QPainter>
#include <QTextLayout>

namespace dramatis {

namespace {

constexpr int Pad = 8;

QFont subtitleFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

} // namespace

QRect ArticleListDelegate::titleRect(const QStyleOptionViewItem &option, const QString &title) const
{
    const QFontMetrics fm(titleFont(option.font));
    const int width = std::max(40, option.rect.width() - 2 * Pad);
    QRect bounds = fm.boundingRect(QRect(0, 0, width, fm.height() * 2), Qt::TextWordWrap, title);
    bounds.setHeight(std::min(bounds.height(), fm.height() * 2));
    return bounds;
}

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect t = titleRect(option, index.data(Qt::DisplayRole).toString());
    return {option.rect.width(), Pad + t.height() + QFontMetrics(subtitleFont(option.font)).height() + Pad};
}

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QRect r = opt.rect;
    if (opt.state.testFlag(QStyle::State_Selected)) {
        QColor bg = opt.palette.color(QPalette::Highlight);
        bg.setAlphaF(0.16f);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(bg);
        painter->drawRoundedRect(QRectF(r).adjusted(3, 1, -3, -1), 5, 5);
    }
    const QString title = index.data(Qt::DisplayRole).toString();
    const QRect t = titleRect(opt, title).translated(r.left() + Pad, r.top() + Pad);
    painter->setFont(titleFont(opt.font));
    painter->setPen(opt.palette.color(QPalette::Text));
    const QFontMetrics fm(painter->font());
    // Two lines at most, the second elided.
    const QString elided = fm.elidedText(title, Qt::ElideRight, t.width() * 2 - fm.averageCharWidth() * 2);
    painter->drawText(t, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, elided);

    const QFont sub = subtitleFont(opt.font);
    const QFontMetrics sfm(sub);
    painter->setFont(sub);
    QColor muted = opt.palette.color(QPalette::Text);
    muted.setAlphaF(0.6f);
    painter->setPen(muted);
    const QRect s(r.left() + Pad, t.bottom() + 2, r.width() - 2 * Pad, sfm.height());
    painter->drawText(s, Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(index.data(ArticleSubtitleRole).toString(), Qt::ElideRight, s.width()));
    painter->restore();
}

} // namespace dramatis
