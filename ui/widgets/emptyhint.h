#pragma once

#include <QtGlobal>

class QRect;
class QString;
class QWidget;

namespace dramatis {

// Draws what an empty view shows in its place ("Drop article files here…", "No note matches"): `text` on
// `viewport`, in `style`'s font scaled by `scale` and its text colour faded to `alpha`, so that it reads as
// a hint and never as content.
void drawEmptyHint(QWidget *viewport, const QWidget *style, const QRect &rect, int flags, const QString &text,
    qreal scale, qreal alpha);

} // namespace dramatis
