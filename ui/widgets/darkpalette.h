#pragma once

class QApplication;
class QPalette;

namespace dramatis {

// A dark palette for desktops that do not provide one (DRAMATIS_THEME=dark or --dark). It sets the Fusion
// style too: the native styles draw with their own colours and ignore much of a palette, Fusion draws it
// well.
QPalette darkPalette();
void applyDarkPalette(QApplication &app);

} // namespace dramatis
