#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace dramatis {

// The right-hand column's type and colours, shared by the entity list and the notes panel (their delegates
// and headings) so that the two read as one column.
class SidebarStyle final
{
public:
    // Subtitles, counts and labels: a step below the list's own font.
    static QFont smallFont(const QFont &base)
    {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * 0.85);
        return f;
    }
    // Group headings ("PEOPLE (3)", "NOTES (2)"): small spaced bold capitals.
    static QFont headingFont(const QFont &base)
    {
        QFont f = smallFont(base);
        f.setBold(true);
        f.setCapitalization(QFont::AllUppercase);
        f.setLetterSpacing(QFont::PercentageSpacing, 104);
        return f;
    }
    // Text that steps back: the palette's text colour, partly transparent so it suits light and dark
    // palettes.
    static QColor mutedText(const QPalette &palette, qreal alpha = 0.6)
    {
        QColor c = palette.color(QPalette::Text);
        c.setAlphaF(float(alpha));
        return c;
    }
};

} // namespace dramatis
