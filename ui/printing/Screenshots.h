#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

class MainWindow;

// Saves one PNG per page of the window (<dir>/<pageId>.png, or welcome.png with no ledger
// open) at a fixed size: for documentation, and to look at the UI on a machine without a
// display (QT_QPA_PLATFORM=offscreen).
class Screenshots {
public:
    static constexpr QSize defaultSize{1280, 800};

    // The files written, or an Io error naming the one that failed.
    static Result<QStringList> save(MainWindow& window, const QString& directory,
                                    QSize size = defaultSize);
};

} // namespace ardesk
