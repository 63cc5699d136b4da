#include "printing/Screenshots.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

#include "views/LedgerPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

Result<QString> grabTo(QWidget& window, const QString& fileName)
{
    // Let pending layouts, lazy loads and repaints happen before the picture is taken.
    QApplication::processEvents();
    QApplication::processEvents();
    if (!window.grab().save(fileName, "PNG"))
        return fail(ErrorCode::Io, fileName + u": cannot write the screenshot"_s);
    return fileName;
}

// A page that reads in the background (the dashboard) is pictured once it has its data; a
// ledger too slow for the deadline is pictured as it is rather than holding the run up.
void waitUntilIdle(LedgerPage& page)
{
    constexpr int deadlineMs = 30'000;
    if (!page.isBusy())
        return;
    QEventLoop loop;
    QObject::connect(&page, &LedgerPage::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

Result<QStringList> Screenshots::save(MainWindow& window, const QString& directory, QSize size)
{
    if (!QDir().mkpath(directory))
        return fail(ErrorCode::Io, directory + u": cannot create the directory"_s);
    const QDir dir(directory);
    window.resize(size);
    window.show();

    QStringList written;
    if (!window.hasLedger()) {
        auto file = grabTo(window, dir.filePath(u"welcome.png"_s));
        if (!file)
            return std::unexpected(file.error());
        written.append(*file);
        return written;
    }
    LedgerPage* const current = window.currentPage();
    for (LedgerPage* page : window.pages()) {
        window.showPage(page);
        waitUntilIdle(*page);
        auto file = grabTo(window, dir.filePath(page->pageId() + u".png"_s));
        if (!file)
            return std::unexpected(file.error());
        written.append(*file);
    }
    window.showPage(current);
    return written;
}

} // namespace ardesk
