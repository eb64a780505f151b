#include "widgets/emptyhint.h"

#include <QPainter>
#include <QWidget>

namespace dramatis {

void drawEmptyHint(QWidget *viewport, const QWidget *style, const QRect &rect, int flags, const QString &text,
    qreal scale, qreal alpha)
{
    QPainter p(viewport);
    QColor muted = style->palette().color(QPalette::Text);
    muted.setAlphaF(float(alpha));
    p.setPen(muted);
    QFont f = style->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    p.setFont(f);
    p.drawText(rect, flags, text);
}

} // namespace dramatis
