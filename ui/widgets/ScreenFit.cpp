#include "widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace ardesk {

namespace {

// What of the screen's free area a window may take: its frame and the desktop's own bars
// need the rest.
constexpr double usableShare = 0.9;

} // namespace

void ScreenFit::resize(QWidget& window, QSize wanted, const QWidget* over)
{
    const QScreen* screen = over ? over->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window.resize(wanted);
        return;
    }
    const QSize room = screen->availableGeometry().size() * usableShare;
    window.resize(wanted.boundedTo(room));
}

} // namespace ardesk
