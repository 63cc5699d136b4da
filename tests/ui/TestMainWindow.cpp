#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileOpenEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "printing/Screenshots.h"
#include "session/FileOpenRequests.h"
#include "text/ErrorMessages.h"
#include "views/CustomersPage.h"
#include "views/MainWindow.h"
#include "views/WelcomePage.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using ardesk::MessageBoxes;

namespace {

QString expectedTitle()
{
    return u"ARDesk — "_s + ardesk::test::UiTestLedger::company;
}

// The customers' table, once its list has been read.
QTableView* customersTable(const ardesk::MainWindow& window)
{
    auto* table = window.findChild<QTableView*>(u"customersTableView"_s);
    REQUIRE(table);
    REQUIRE(ardesk::test::waitForList(table));
    return table;
}

QString labelText(const ardesk::MainWindow& window, const QString& name)
{
    auto* label = window.findChild<QLabel*>(name);
    REQUIRE(label);
    return label->text();
}

void requireOpenFailure(ardesk::MainWindow& window, const QString& path, const QString& expected)
{
    MessageBoxes::clearLastShown();
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openLedger(path));
    const auto shown = MessageBoxes::lastShown();
    REQUIRE(shown.has_value());
    CHECK(shown->icon == QMessageBox::Critical);
    CHECK(shown->title == u"Cannot Open Ledger"_s);
    INFO(shown->text.toStdString());
    CHECK(shown->text.contains(expected));
    CHECK(shown->text.contains(QDir::toNativeSeparators(path)));
    // The core's technical detail goes with it, behind "Show Details".
    CHECK_FALSE(shown->details.isEmpty());
}

} // namespace

TEST_CASE("The main window shows the customers of the ledger it opens", "[ui][window]")
{
    const ardesk::test::UiTestLedger ledger;
    ardesk::MainWindow window;
    window.show();
    CHECK(window.windowTitle() == u"ARDesk"_s);
    CHECK_FALSE(window.hasLedger());
    CHECK(window.findChild<ardesk::WelcomePage*>()->isVisible());

    REQUIRE(window.openLedger(ledger.path()));
    CHECK(window.windowTitle() == expectedTitle());
    CHECK(window.companyName() == ardesk::test::UiTestLedger::company);
    CHECK(labelText(window, u"companyNameLabel"_s) == ardesk::test::UiTestLedger::company);
    CHECK(labelText(window, u"pageStatusLabel"_s) ==
          u"Customers: "_s + QLocale().toString(ledger.customers()));

    QTableView* table = customersTable(window);
    CHECK(table->isVisible());
    CHECK(table->model()->rowCount() > 0);
    CHECK(table->model()->rowCount() <= ledger.customers());
    CHECK(table->isSortingEnabled());
    CHECK(table->alternatingRowColors());
    CHECK(table->selectionBehavior() == QAbstractItemView::SelectRows);

    SECTION("the ledger is remembered for the next start")
    {
        CHECK(QSettings().value(u"ledger/last"_s).toString() == ledger.path());
        ardesk::MainWindow next;
        next.openStartupLedger(QString());
        CHECK(next.windowTitle() == expectedTitle());
    }

    SECTION("closing it goes back to the hint")
    {
        auto* close = window.findChild<QAction*>(u"closeLedgerAction"_s);
        REQUIRE(close);
        REQUIRE(close->isEnabled());
        close->trigger();
        CHECK_FALSE(window.hasLedger());
        CHECK(window.windowTitle() == u"ARDesk"_s);
        CHECK(window.findChild<ardesk::WelcomePage*>()->isVisible());
        CHECK(labelText(window, u"pageStatusLabel"_s).isEmpty());
        CHECK_FALSE(close->isEnabled());
    }

    SECTION("a ledger that fails to open leaves the open one alone")
    {
        requireOpenFailure(window, ledger.dir() + u"/missing.ardesk"_s, u"does not exist"_s);
        CHECK(window.hasLedger());
        CHECK(window.windowTitle() == expectedTitle());
        CHECK(table->model()->rowCount() > 0);
    }

    SECTION("keyboard: Ctrl+F goes to the search, Down into the results")
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        auto* search = window.findChild<QLineEdit*>(u"searchLineEdit"_s);
        REQUIRE(search);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        CHECK(search->hasFocus());
        QTest::keyClicks(search, u"zephyr"_s);
        QTest::keyClick(search, Qt::Key_Down);
        CHECK(table->hasFocus());
        REQUIRE(ardesk::test::waitForList(table));
        REQUIRE(table->model()->rowCount() == 1);
        CHECK(table->selectionModel()->isRowSelected(0, QModelIndex()));
    }
}

TEST_CASE("File > Open opens the chosen ledger", "[ui][window]")
{
    const ardesk::test::UiTestLedger ledger(10);
    ardesk::MainWindow window;
    auto* open = window.findChild<QAction*>(u"openLedgerAction"_s);
    REQUIRE(open);
    CHECK(open->shortcut() == QKeySequence(QKeySequence::Open));

    SECTION("a chosen file is opened")
    {
        ardesk::FileDialogs::setNextFileName(ledger.path());
        open->trigger();
        CHECK(window.ledgerPath() == ledger.path());
        CHECK(window.windowTitle() == expectedTitle());
        CHECK(customersTable(window)->model()->rowCount() == 10);
    }

    SECTION("cancelling changes nothing")
    {
        MessageBoxes::clearLastShown();
        ardesk::FileDialogs::setNextFileName(QString());
        open->trigger();
        CHECK_FALSE(window.hasLedger());
        CHECK_FALSE(MessageBoxes::lastShown().has_value());
    }
}

TEST_CASE("A ledger the system asks to open (macOS Finder, Dock) is opened", "[ui][window]")
{
    const ardesk::test::UiTestLedger ledger(4);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    ardesk::FileOpenRequests requests([&window](const QString& path) { window.openLedger(path); });
    QCoreApplication::instance()->installEventFilter(&requests);

    QFileOpenEvent open(ledger.path());
    QCoreApplication::sendEvent(QCoreApplication::instance(), &open);
    CHECK(window.ledgerPath() == ledger.path());
    // Other events pass through untouched.
    QEvent other(QEvent::User);
    CHECK_FALSE(requests.eventFilter(&window, &other));

    QCoreApplication::instance()->removeEventFilter(&requests);
}

TEST_CASE("Ledgers that cannot be opened are explained", "[ui][window]")
{
    const ardesk::test::TestLedger dir;
    ardesk::MainWindow window;

    SECTION("missing")
    {
        requireOpenFailure(window, dir.dir() + u"/nowhere.ardesk"_s, u"does not exist"_s);
    }

    SECTION("not a ledger")
    {
        const QString path = dir.dir() + u"/notes.ardesk"_s;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are not the ledgers you are looking for.\n").repeated(100));
        file.close();
        requireOpenFailure(window, path, u"is not an ARDesk ledger"_s);
    }

    SECTION("empty file")
    {
        const QString path = dir.dir() + u"/empty.ardesk"_s;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        requireOpenFailure(window, path, u"is not an ARDesk ledger"_s);
    }

    CHECK_FALSE(window.hasLedger());
    CHECK(window.windowTitle() == u"ARDesk"_s);
}

TEST_CASE("Every ledger error code has its own explanation", "[ui][errors]")
{
    using ardesk::ErrorCode;
    const auto [code, expected] = GENERATE(table<ErrorCode, const char*>({
        {ErrorCode::LedgerMissing, "does not exist"},
        {ErrorCode::LedgerCorrupt, "is not an ARDesk ledger"},
        {ErrorCode::LedgerLocked, "in use by another program"},
        {ErrorCode::LedgerTooNew, "newer version of ARDesk"},
        {ErrorCode::Io, "could not be read"},
        {ErrorCode::Storage, "could not be opened"},
    }));
    const QString path = u"/data/acme.ardesk"_s;
    const QString text = ardesk::ErrorMessages::openLedger({code, u"raw detail"_s}, path);
    INFO(text.toStdString());
    CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK(text.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(text.contains(u"raw detail"_s));
}

TEST_CASE("Screenshots are saved for every page", "[ui][window]")
{
    const ardesk::test::UiTestLedger ledger(20);
    const ardesk::test::TestLedger output;
    ardesk::MainWindow window;
    window.setRemembersSettings(false);

    SECTION("with a ledger open: one per page")
    {
        REQUIRE(window.openLedger(ledger.path()));
        const auto files = ardesk::Screenshots::save(window, output.dir() + u"/shots"_s);
        REQUIRE(files.has_value());
        REQUIRE(files->size() == window.pages().size());
        CHECK(files->first().endsWith(u"/customers.png"_s));
        const QImage image(files->first());
        CHECK(image.size() == ardesk::Screenshots::defaultSize);
    }

    SECTION("without: the welcome page")
    {
        const auto files = ardesk::Screenshots::save(window, output.dir());
        REQUIRE(files.has_value());
        REQUIRE(files->size() == 1);
        CHECK(files->first().endsWith(u"/welcome.png"_s));
    }
}
