#pragma once

#include "core/entitytype.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace dramatis {

// The colour of each entity type, in one place for the highlights, the legend and the sidebar. Every
// colour is chosen against the palette's base colour, so highlights stay readable in dark palettes too.
class EntityPalette final
{
public:
    static bool isDark(const QPalette &palette);
    // Behind a mention in the text: a soft tint that keeps the palette's text colour readable.
    static QColor tint(EntityType type, const QPalette &palette);
    // Strong enough for a swatch or an outline on the base colour.
    static QColor accent(EntityType type, const QPalette &palette);
    // Under an identifier (an e-mail address, a phone number, an amount): a dotted underline in a blue no
    // entity type uses, so it reads as a different kind of mark and stays visible over a name's tint.
    static QColor identifierUnderline(const QPalette &palette);
    // A small rounded swatch for the legend and menus.
    static QIcon swatch(EntityType type, const QPalette &palette);
};

} // namespace dramatis
