#include "article/entitypalette.h"

#include <QPainter>
#include <QPixmap>

namespace dramatis {

namespace {

struct TypeColours
{
    QRgb lightTint, lightAccent, darkTint, darkAccent;
};

// Lavender, teal, amber, grey: distinct in hue and in lightness, so they also part for colour-blind eyes.
constexpr TypeColours Colours[EntityTypeCount] = {
    {0xffe4dcfb, 0xff7c5ce6, 0xff43386e, 0xffb7a3ff}, // Person
    {0xffc9efeb, 0xff1f9e94, 0xff1d4f4b, 0xff5fd3c9}, // Organization
    {0xfffbe6b5, 0xffd99a0f, 0xff5e4a17, 0xfff0c25a}, // Location
    {0xffe6e6e6, 0xff8a8a8a, 0xff474747, 0xffb0b0b0}, // Misc
};

} // namespace

bool EntityPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor EntityPalette::tint(EntityType type, const QPalette &palette)
{
    const TypeColours &c = Colours[int(type)];
    return QColor::fromRgba(isDark(palette) ? c.darkTint : c.lightTint);
}

QColor EntityPalette::identifierUnderline(const QPalette &palette)
{
    return QColor::fromRgb(isDark(palette) ? 0x7fb2ff : 0x1f5fbf);
}

QColor EntityPalette::accent(EntityType type, const QPalette &palette)
{
    const TypeColours &c = Colours[int(type)];
    return QColor::fromRgba(isDark(palette) ? c.darkAccent : c.lightAccent);
}

QIcon EntityPalette::swatch(EntityType type, const QPalette &palette)
{
    // Checked (the type is shown): filled with the type's colour. Unchecked: an empty grey outline.
    QIcon icon;
    for (const int size : {12, 16, 24}) {
        for (const QIcon::State state : {QIcon::On, QIcon::Off}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal inset = size / 6.0;
            const QRectF r = QRectF(pm.rect()).adjusted(inset, inset, -inset, -inset);
            if (state == QIcon::On) {
                p.setPen(QPen(accent(type, palette), 1.0));
                p.setBrush(accent(type, palette).lighter(isDark(palette) ? 100 : 130));
            } else {
                p.setPen(QPen(palette.color(QPalette::Mid), 1.0));
                p.setBrush(Qt::NoBrush);
            }
            p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5);
            icon.addPixmap(pm, QIcon::Normal, state);
        }
    }
    return icon;
}

} // namespace dramatis
