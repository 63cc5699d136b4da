#include <cstring>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include "domain/OpenSslCleanup.h"
#include "jobs/JobRunner.h"
#include "ledger/LedgerLocation.h"
#include "printing/Screenshots.h"
#include "session/FileOpenRequests.h"
#include "session/UiLanguage.h"
#include "views/MainWindow.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace {

// Exit codes shared with ardesk-cli where they mean the same thing.
constexpr int exitLedgerUnavailable = 3;
constexpr int exitOtherFailure = 4;

// --screenshot, --help and --version need no display, and should work where there is none; the
// platform has to be chosen before QApplication exists, so they are spotted by hand before the
// real parser runs.
bool needsNoDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char* argument = argv[i];
        if (std::strncmp(argument, "--screenshot", 12) == 0)
            return true;
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argument, option) == 0)
                return true;
        }
    }
    return false;
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/ardesk-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

// Qt's own strings (standard buttons, file dialogs) and ours, in the language chosen in the
// Settings dialog, else the user's locale; English, the fallback, has a file for its plurals.
// Numbers and dates keep the locale's formats.
void installTranslators(QApplication& app)
{
    const QLocale locale = ardesk::UiLanguage::translationLocale();
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* appTranslator = new QTranslator(&app);
    if (ardesk::UiLanguage::loadTranslation(*appTranslator, locale, u":/i18n"_s))
        QApplication::installTranslator(appTranslator);
}

int saveScreenshots(ardesk::MainWindow& window, const QString& ledger, const QString& directory)
{
    ardesk::MessageBoxes::setInteractive(false);
    window.setRemembersSettings(false);
    if (!ledger.isEmpty() && !window.openLedger(ledger))
        return exitLedgerUnavailable;
    const auto files = ardesk::Screenshots::save(window, directory);
    if (!files) {
        QTextStream(stderr) << files.error().detail << Qt::endl;
        return exitOtherFailure;
    }
    QTextStream out(stdout);
    for (const QString& file : *files)
        out << file << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything uses OpenSSL: a server ledger's login, mail over TLS (see the class).
    ardesk::OpenSslCleanup::keepOffExit();
    if (needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    ardesk::LedgerLocation::setApplicationIdentity();
    QApplication::setDesktopFileName(u"org.ardesk.ARDesk"_s);
    QApplication::setWindowIcon(applicationIcon());
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Accounts receivable for small-business bookkeepers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"ledger"_s,
                                 QCoreApplication::translate("main", "The ledger file to open."),
                                 u"[ledger]"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate(
            "main", "Save a picture of every page as DIR/<page>.png at 1280×800, then quit."),
        QCoreApplication::translate("main", "DIR"));
    parser.addOption(screenshotOption);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "Only one ledger can be opened at a time.")
                            << Qt::endl;
        return 1;
    }
    const QString ledger = positional.value(0);

    const ardesk::JobRunner::WaitAtExit jobsEnd;
    ardesk::MainWindow window;
    if (parser.isSet(screenshotOption))
        return saveScreenshots(window, ledger, parser.value(screenshotOption));

    window.show();
    window.openStartupLedger(ledger);
    app.installEventFilter(new ardesk::FileOpenRequests(
        [&window](const QString& path) { window.openLedger(path); }, &app));
    return QApplication::exec();
}
