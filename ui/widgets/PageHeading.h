#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace ardesk {

// The title at the top of a page: the application font, 1.4 times larger, bold.
QLabel* createPageHeading(const QString& text, const QString& objectName, QWidget* page);

} // namespace ardesk
