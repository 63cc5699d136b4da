#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "jobs/JobRunner.h"
#include "ledger/LedgerLocation.h"
#include "support/TestClock.h"
#include "widgets/MessageBoxes.h"

// Widget tests need a QApplication, and that needs a display. catch_discover_tests runs this
// binary at build time without the test's environment (so without CTest's
// QT_QPA_PLATFORM=offscreen): choose the platform here, before the application exists, or
// discovery aborts and registers no tests while the build still succeeds.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    ardesk::LedgerLocation::setApplicationIdentity();

    // Keep the user's settings and default ledger out of reach of the tests.
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("ARDESK_LEDGER");
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    ardesk::test::installClockFromEnvironment();

    // A message box a test did not answer in advance must not wait forever for a click.
    ardesk::MessageBoxes::setInteractive(false);

    const int failed = Catch::Session().run(argc, argv);
    ardesk::JobRunner::waitForAllJobs();
    return failed;
}
