// First run and the File menu: the welcome page's three ways in, the New Company dialog, the
// recent-ledgers list, backups and the demo company, driven by object name.

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include "FormDriving.h"
#include "UiTestLedger.h"
#include "dialogs/NewCompanyDialog.h"
#include "jobs/JobRunner.h"
#include "ledger/CustomerService.h"
#include "ledger/LedgerLocation.h"
#include "session/RecentLedgers.h"
#include "storage/Database.h"
#include "views/MainWindow.h"
#include "views/WelcomePage.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using ardesk::FileDialogs;
using ardesk::MessageBoxes;
using ardesk::RecentLedgers;

using ardesk::test::child;

namespace {

QPushButton* okButton(const ardesk::NewCompanyDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, u"newCompanyButtonBox"_s)->button(QDialogButtonBox::Ok);
}

void touch(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
}

QStringList recentMenuPaths(const ardesk::MainWindow& window)
{
    QStringList paths;
    for (QAction* action : child<QMenu>(window, u"recentMenu"_s)->actions()) {
        if (action->objectName() == u"recentLedgerAction"_s)
            paths.append(action->data().toString());
    }
    return paths;
}

} // namespace

TEST_CASE("The welcome page offers a new company, a ledger or the demo", "[ui][firstrun]")
{
    ardesk::MainWindow window;
    window.show();
    const auto* welcome = window.findChild<ardesk::WelcomePage*>();
    REQUIRE(welcome);
    CHECK(welcome->isVisible());
    for (const QString& name :
         {u"newCompanyPushButton"_s, u"openLedgerPushButton"_s, u"openDemoPushButton"_s}) {
        const auto* button = child<QPushButton>(*welcome, name);
        CHECK(button->isVisible());
        CHECK(button->isEnabled());
        CHECK_FALSE(button->text().isEmpty());
    }
}

TEST_CASE("The File menu has New, Open, Open Server Ledger, Open Recent, Import, Export, Backup, "
          "Close and Quit",
          "[ui][firstrun]")
{
    ardesk::MainWindow window;
    QStringList names;
    for (QAction* action : child<QMenu>(window, u"fileMenu"_s)->actions()) {
        if (action->menu())
            names.append(action->menu()->objectName());
        else if (!action->isSeparator())
            names.append(action->objectName());
    }
    CHECK(names == QStringList{u"newCompanyAction"_s, u"openLedgerAction"_s,
                               u"openServerLedgerAction"_s, u"recentMenu"_s, u"openDemoAction"_s,
                               u"importAction"_s, u"exportMenu"_s, u"backUpAction"_s,
                               u"closeLedgerAction"_s, u"quitAction"_s});
    CHECK(child<QAction>(window, u"newCompanyAction"_s)->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::Key_N));
    // Nothing to back up or close yet.
    CHECK_FALSE(child<QAction>(window, u"backUpAction"_s)->isEnabled());
    CHECK_FALSE(child<QAction>(window, u"closeLedgerAction"_s)->isEnabled());
}

TEST_CASE("The New Company dialog validates what it is given", "[ui][firstrun]")
{
    const ardesk::test::TestLedger place;
    ardesk::NewCompanyDialog dialog;
    auto* name = child<QLineEdit>(dialog, u"companyNameLineEdit"_s);
    auto* location = child<QLineEdit>(dialog, u"locationLineEdit"_s);
    auto* problem = child<QLabel>(dialog, u"problemLabel"_s);
    auto* currency = child<QComboBox>(dialog, u"currencyComboBox"_s);

    // LANG=C.UTF-8 has no currency of its own: EUR. The list is the ISO table, sorted.
    CHECK(currency->currentText() == u"EUR"_s);
    CHECK(currency->count() > 150);
    CHECK(currency->findText(u"JPY"_s) > currency->findText(u"CHF"_s));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(problem->text().contains(u"name"_s));

    SECTION("the file follows the name, made safe for a file name")
    {
        QTest::keyClicks(name, u" Acme & Sons: Tools/Parts. "_s);
        CHECK(ardesk::LedgerLocation::fileBaseName(name->text()) == u"Acme & Sons- Tools-Parts"_s);
        CHECK(location->text() ==
              QDir::toNativeSeparators(ardesk::LedgerLocation::pathForCompany(name->text())));
        CHECK(location->text().endsWith(u"Acme & Sons- Tools-Parts.ardesk"_s));
        CHECK(ardesk::LedgerLocation::fileBaseName(u"Müller\tSöhne?"_s) == u"Müller-Söhne"_s);
        CHECK(ardesk::LedgerLocation::fileBaseName(u"..."_s) == u"ledger"_s);
        CHECK(okButton(dialog)->isEnabled());
        CHECK(problem->text().isEmpty());
    }

    SECTION("an existing file is refused, a new one accepted")
    {
        QTest::keyClicks(name, u"Acme"_s);
        const QString existing = place.dir() + u"/taken.ardesk"_s;
        touch(existing);
        FileDialogs::setNextFileName(existing);
        QTest::mouseClick(child<QPushButton>(dialog, u"browsePushButton"_s), Qt::LeftButton);
        CHECK(location->text() == QDir::toNativeSeparators(existing));
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK(problem->text().contains(u"already exists"_s));

        // Without a suffix, .ardesk is added.
        FileDialogs::setNextFileName(place.dir() + u"/acme"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"browsePushButton"_s), Qt::LeftButton);
        CHECK(dialog.ledgerPath() == place.dir() + u"/acme.ardesk"_s);
        CHECK(okButton(dialog)->isEnabled());

        // Renaming the company no longer moves a file the user chose.
        QTest::keyClicks(name, u" Ltd"_s);
        CHECK(dialog.ledgerPath() == place.dir() + u"/acme.ardesk"_s);
    }

    SECTION("a blank name is no name")
    {
        QTest::keyClicks(name, u"   "_s);
        CHECK_FALSE(okButton(dialog)->isEnabled());
    }
}

TEST_CASE("File > New Company creates the ledger and opens it", "[ui][firstrun]")
{
    const ardesk::test::TestLedger place;
    const QString path = place.dir() + u"/harbour.ardesk"_s;
    ardesk::MainWindow window;
    window.show();

    bool filled = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<ardesk::NewCompanyDialog*>();
        REQUIRE(dialog);
        QTest::keyClicks(child<QLineEdit>(*dialog, u"companyNameLineEdit"_s),
                         u"Harbour Supplies Ltd"_s);
        child<QComboBox>(*dialog, u"currencyComboBox"_s)->setCurrentText(u"GBP"_s);
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(*dialog, u"browsePushButton"_s), Qt::LeftButton);
        filled = true;
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    });
    child<QAction>(window, u"newCompanyAction"_s)->trigger();

    CHECK(filled);
    REQUIRE(window.hasLedger());
    CHECK(window.ledgerPath() == path);
    CHECK(window.companyName() == u"Harbour Supplies Ltd"_s);
    CHECK(child<QLabel>(window, u"companyNameLabel"_s)->text() == u"Harbour Supplies Ltd"_s);
    CHECK(window.windowTitle() == u"ARDesk — Harbour Supplies Ltd"_s);
    CHECK(RecentLedgers::paths().value(0) == path);
}

TEST_CASE("Recent ledgers: newest first, no duplicates, at most eight, only existing files and "
          "server addresses",
          "[ui][firstrun]")
{
    const ardesk::test::TestLedger place;
    RecentLedgers::clear();
    QStringList files;
    for (int i = 1; i <= 10; ++i) {
        files.append(place.dir() + u"/ledger-%1.ardesk"_s.arg(i));
        touch(files.last());
        RecentLedgers::add(files.last());
    }
    QStringList expected;
    for (int i = 10; i >= 3; --i)
        expected.append(files[i - 1]);
    CHECK(RecentLedgers::paths() == expected);

    // Opening one again moves it to the front instead of listing it twice.
    RecentLedgers::add(files[4]);
    CHECK(RecentLedgers::paths().size() == RecentLedgers::maxCount);
    CHECK(RecentLedgers::paths().first() == files[4]);
    CHECK(RecentLedgers::paths().count(files[4]) == 1);

    // A relative path to the same file is the same entry.
    RecentLedgers::add(QDir::current().relativeFilePath(files[9]));
    CHECK(RecentLedgers::paths().first() == files[9]);
    CHECK(RecentLedgers::paths().count(files[9]) == 1);

    // A file that has gone is not offered.
    REQUIRE(QFile::remove(files[7]));
    CHECK_FALSE(RecentLedgers::paths().contains(files[7]));
    CHECK(RecentLedgers::paths().size() == RecentLedgers::maxCount - 1);

    // A ledger on a server is kept by its address as it is: only the server knows whether
    // it is still there.
    const QString server = u"postgresql://anna@db.office.lan/acme?sslmode=verify-full"_s;
    RecentLedgers::add(server);
    RecentLedgers::add(files[9]);
    CHECK(RecentLedgers::paths().value(1) == server);
    RecentLedgers::add(server);
    CHECK(RecentLedgers::paths().first() == server);
    CHECK(RecentLedgers::paths().count(server) == 1);

    RecentLedgers::clear();
    CHECK(RecentLedgers::paths().isEmpty());
}

TEST_CASE("File > Open Recent lists opened ledgers and can be cleared", "[ui][firstrun]")
{
    RecentLedgers::clear();
    const ardesk::test::UiTestLedger first(4);
    const ardesk::test::UiTestLedger second(4);
    ardesk::MainWindow window;
    auto* menu = child<QMenu>(window, u"recentMenu"_s);
    CHECK_FALSE(menu->isEnabled());

    REQUIRE(window.openLedger(first.path()));
    REQUIRE(window.openLedger(second.path()));
    CHECK(recentMenuPaths(window) == QStringList{second.path(), first.path()});
    CHECK(menu->isEnabled());

    // Choosing an entry opens it (and rebuilds the menu it is in).
    QAction* firstEntry = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == first.path())
            firstEntry = action;
    }
    REQUIRE(firstEntry != nullptr);
    firstEntry->trigger();
    CHECK(window.ledgerPath() == first.path());
    CHECK(recentMenuPaths(window) == QStringList{first.path(), second.path()});

    child<QAction>(window, u"clearRecentAction"_s)->trigger();
    CHECK(recentMenuPaths(window).isEmpty());
    CHECK(RecentLedgers::paths().isEmpty());
    CHECK_FALSE(menu->isEnabled());
}

TEST_CASE("The last ledger reopens at start unless it has gone", "[ui][firstrun]")
{
    const ardesk::test::TestLedger place;
    const QString path = place.dir() + u"/gone.ardesk"_s;
    {
        const ardesk::test::UiTestLedger ledger(4);
        ardesk::MainWindow window;
        REQUIRE(window.openLedger(ledger.path()));
        REQUIRE(QFile::copy(ledger.path(), path));
        REQUIRE(window.openLedger(path));
    }
    // The closed window's pages may still be reading the ledger in the background (their
    // predictions); the file goes once nothing has it open.
    ardesk::JobRunner::waitForAllJobs();
    REQUIRE(QFile::remove(path));
    MessageBoxes::clearLastShown();
    ardesk::MainWindow window;
    window.openStartupLedger(QString());
    CHECK_FALSE(window.hasLedger());
    CHECK_FALSE(MessageBoxes::lastShown().has_value());
}

TEST_CASE("File > Backup writes a copy that opens as the same ledger", "[ui][firstrun]")
{
    const ardesk::test::UiTestLedger ledger(12);
    const ardesk::test::TestLedger place;
    ardesk::MainWindow window;
    REQUIRE(window.openLedger(ledger.path()));
    auto* backUp = child<QAction>(window, u"backUpAction"_s);
    REQUIRE(backUp->isEnabled());

    const QString target = place.dir() + u"/copy.ardesk"_s;
    MessageBoxes::clearLastShown();
    FileDialogs::setNextFileName(target);
    backUp->trigger();
    // The copy is written on a worker; the action is off until it is done.
    CHECK_FALSE(backUp->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return backUp->isEnabled(); }, 20'000));
    CHECK_FALSE(MessageBoxes::lastShown().has_value());
    CHECK(window.statusBar()->currentMessage().contains(u"copy.ardesk"_s));
    {
        auto copy = ardesk::Database::open(target);
        REQUIRE(copy.has_value());
        CHECK(*ardesk::CustomerService(**copy).count({}) == 12);
    }

    SECTION("an existing file is refused and left alone")
    {
        const QByteArray before = [&] {
            QFile file(target);
            REQUIRE(file.open(QIODevice::ReadOnly));
            return file.readAll();
        }();
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        FileDialogs::setNextFileName(target);
        backUp->trigger();
        REQUIRE(QTest::qWaitFor([&] { return backUp->isEnabled(); }, 20'000));
        const auto shown = MessageBoxes::lastShown();
        REQUIRE(shown.has_value());
        CHECK(shown->icon == QMessageBox::Critical);
        CHECK(shown->text.contains(u"already exists"_s));
        QFile file(target);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
    }
}

TEST_CASE("Open Demo Company generates the demo once, off the UI thread, and opens it",
          "[ui][firstrun][demo]")
{
    const QString demo = ardesk::LedgerLocation::demoPath();
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(demo + suffix);

    ardesk::MainWindow window;
    window.show();
    QTest::mouseClick(child<QPushButton>(window, u"openDemoPushButton"_s), Qt::LeftButton);
    // Generation runs on a worker: the window is still without a ledger right after the click.
    CHECK_FALSE(window.hasLedger());
    REQUIRE(QTest::qWaitFor([&] { return window.hasLedger(); }, 20'000));
    CHECK(window.ledgerPath() == demo);
    CHECK(window.companyName() == u"Brightwater Trading Ltd"_s);

    // A second time it is only opened.
    window.closeLedger();
    const QDateTime created = QFileInfo(demo).lastModified();
    child<QAction>(window, u"openDemoAction"_s)->trigger();
    CHECK(window.hasLedger());
    CHECK(QFileInfo(demo).lastModified() == created);

    window.closeLedger();
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(demo + suffix);
}
