#pragma once

#include <QSize>

class QWidget;

namespace ardesk {

// Window sizes that fit the screen they open on: a print preview 1000 pixels tall on a
// 900-pixel laptop screen has its title bar or its buttons out of reach.
class ScreenFit {
public:
    // Resizes `window` to `wanted`, or less where the screen of `over` (the primary screen
    // without one) leaves less room, keeping a margin for the window frame and the task bar.
    static void resize(QWidget& window, QSize wanted, const QWidget* over);
};

} // namespace ardesk
