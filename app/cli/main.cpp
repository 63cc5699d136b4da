#include <algorithm>
#include <memory>
#include <string_view>

#include <QCoreApplication>
#include <QGuiApplication>

#include "CliApplication.h"
#include "CliMessageFilter.h"
#include "ledger/LedgerLocation.h"
#include "storage/Database.h"

namespace {

// PDF letters need fonts, so a QGuiApplication: --pdf, and the reminder e-mails of --eml-dir
// and --send, which carry the letter as a PDF. Every other command stays a plain, quick
// QCoreApplication.
bool writesPdf(int argc, char* argv[])
{
    return std::any_of(argv + 1, argv + argc, [](const char* argument) {
        const std::string_view option(argument);
        return option.starts_with("--pdf") || option.starts_with("--eml-dir") || option == "--send";
    });
}

} // namespace

int main(int argc, char* argv[])
{
    ardesk::cli::CliMessageFilter::install();
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(argc, argv)) {
        // Offscreen: a command-line tool runs without a display (ssh, cron, CI).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ardesk::LedgerLocation::setApplicationIdentity();
    // Its sessions on a server ledger tell themselves apart from the desktop app's.
    ardesk::Database::setClientName(QStringLiteral("ardesk-cli"));
    return ardesk::cli::CliApplication().run(QCoreApplication::arguments());
}
