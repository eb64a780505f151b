#include "widgets/darkpalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace dramatis {

namespace {

struct RoleColor
{
    QPalette::ColorGroup group;
    QPalette::ColorRole role;
    QRgb color;
};

// One row a colour: the table reads as the palette it is.
constexpr RoleColor DarkColors[] {
    {QPalette::All, QPalette::Window, 0x2b2d31},
    {QPalette::All, QPalette::WindowText, 0xe6e6e6},
    {QPalette::All, QPalette::Base, 0x1f2023},
    {QPalette::All, QPalette::AlternateBase, 0x2b2d31},
    {QPalette::All, QPalette::Text, 0xe8e8e8},
    {QPalette::All, QPalette::Button, 0x34363b},
    {QPalette::All, QPalette::ButtonText, 0xe6e6e6},
    {QPalette::All, QPalette::Highlight, 0x4f7cd6},
    {QPalette::All, QPalette::HighlightedText, 0xffffff},
    {QPalette::All, QPalette::ToolTipBase, 0x34363b},
    {QPalette::All, QPalette::ToolTipText, 0xe6e6e6},
    {QPalette::All, QPalette::PlaceholderText, 0x8a8d93},
    {QPalette::All, QPalette::Mid, 0x44464b},
    {QPalette::All, QPalette::Dark, 0x18191b},
    {QPalette::All, QPalette::Light, 0x44464b},
    {QPalette::Disabled, QPalette::Text, 0x808080},
    {QPalette::Disabled, QPalette::ButtonText, 0x808080},
    {QPalette::Disabled, QPalette::WindowText, 0x808080},
};

} // namespace

QPalette darkPalette()
{
    QPalette p;
    for (const RoleColor &c : DarkColors)
        p.setColor(c.group, c.role, QColor(c.color));
    return p;
}

void applyDarkPalette(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(darkPalette());
}

} // namespace dramatis
