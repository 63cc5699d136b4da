#include <catch2/catch.hpp>

#include <functional>

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "domain/Clock.h"
#include "domain/IsoDate.h"
#include "jobs/ExportRunner.h"
#include "models/CustomerListModel.h"
#include "views/CustomersPage.h"
#include "views/MainWindow.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using ardesk::ExportRunner;
using ardesk::FileDialogs;
using ardesk::MessageBoxes;
using ardesk::test::UiTestLedger;

namespace {

constexpr int timeoutMs = 10000;

QString isoDaysAgo(int days)
{
    return ardesk::IsoDate::format(ardesk::Clock::today().addDays(-days));
}

// The exports are as of today, so the fixture's dates are too. As of today:
//   C0001 Zephyr Bakery       INV-1 1,000.00 EUR due in 10 days, 400.00 paid: 600.00 open
//   C0002 100% Organic_Foods  INV-2 250.00 EUR, 20 days overdue
//   C0003 Tokyo Trading KK    INV-3 50,000 JPY, 5 days overdue
//   C0004 Ärzte Bedarf        INV-4 paid in full: nothing open
void loadDocuments(UiTestLedger& ledger)
{
    const QByteArray invoices = u"invoice_number,customer_id,issue_date,due_date,amount\n"
                                "INV-1,C0001,%1,%2,1000.00\n"
                                "INV-2,C0002,%3,%4,250.00\n"
                                "INV-3,C0003,%5,%6,50000\n"
                                "INV-4,C0004,%3,%4,80.00\n"_s
                                    .arg(isoDaysAgo(20), isoDaysAgo(-10), isoDaysAgo(50),
                                         isoDaysAgo(20), isoDaysAgo(35), isoDaysAgo(5))
                                    .toUtf8();
    ledger.load(ardesk::ImportKind::Invoices, invoices);
    ledger.load(ardesk::ImportKind::Payments, u"payment_id,customer_id,date,amount,invoice_number\n"
                                              "P1,C0001,%1,400.00,INV-1\n"
                                              "P2,C0004,%1,80.00,INV-4\n"_s.arg(isoDaysAgo(2))
                                                  .toUtf8());
}

struct ExportFixture {
    explicit ExportFixture(const UiTestLedger& ledger)
    {
        REQUIRE(dir.isValid());
        window.setRemembersSettings(false);
        window.show();
        REQUIRE(window.openLedger(ledger.path()));
        MessageBoxes::clearLastShown();
    }

    template <typename T>
    T* child(const QString& name) const
    {
        auto* widget = window.findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    // The File > Export menu's action `name`.
    QAction* exportAction(const QString& name) const
    {
        auto* menu = child<QMenu>(u"exportMenu"_s);
        REQUIRE(child<QMenu>(u"fileMenu"_s)->actions().contains(menu->menuAction()));
        auto* action = child<QAction>(name);
        REQUIRE(menu->actions().contains(action));
        REQUIRE(action->isEnabled());
        return action;
    }

    // The export that `trigger` starts, written to `name` in the test folder: waits for it and
    // returns the file's content.
    QByteArray exportTo(ExportRunner* runner, const QString& name,
                        const std::function<void()>& trigger) const
    {
        const QString path = dir.filePath(name);
        QSignalSpy exported(runner, &ExportRunner::exported);
        FileDialogs::setNextFileName(path);
        trigger();
        REQUIRE(QTest::qWaitFor([&] { return !runner->isRunning(); }, timeoutMs));
        INFO((MessageBoxes::lastShown() ? MessageBoxes::lastShown()->details : QString())
                 .toStdString());
        REQUIRE(exported.count() == 1);
        CHECK(exported.first().at(0).toString() == path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QTemporaryDir dir;
    ardesk::MainWindow window;
};

// What `ardesk-cli export KIND --as-of today` writes on stdout.
QByteArray cliExport(const QString& ledger, const QString& kind)
{
    QProcess cli;
    cli.start(QString::fromUtf8(ARDESK_CLI_PATH),
              {u"--ledger"_s, ledger, u"export"_s, kind, u"--as-of"_s, isoDaysAgo(0)});
    REQUIRE(cli.waitForFinished(timeoutMs));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    return cli.readAllStandardOutput();
}

} // namespace

TEST_CASE("The Customers page's Export… writes every customer as ardesk-cli export does",
          "[ui][exports]")
{
    UiTestLedger ledger(6);
    loadDocuments(ledger);
    ExportFixture fixture(ledger);
    auto* page = fixture.window.customersPage();
    fixture.window.showPage(page);
    auto* button = page->findChild<QPushButton*>(u"exportButton"_s);
    REQUIRE(button);
    REQUIRE(button->isEnabled());

    const QByteArray csv = fixture.exportTo(page->exportRunner(), u"customers.csv"_s,
                                            [&] { QTest::mouseClick(button, Qt::LeftButton); });
    const QList<QByteArray> lines = csv.split('\n');
    REQUIRE(lines.size() == 1 + 6 + 1); // header, six customers, the final line end
    CHECK(lines[0] == "customer_id,name,email,phone,terms_days,currency,credit_limit,on_hold,"
                      "balance,overdue,oldest_due,discount_percent,discount_days");
    // Sorted by name: "100% Organic_Foods" first, "Ärzte Bedarf" after every ASCII name.
    CHECK(lines[1].startsWith("C0002,100% Organic_Foods,"));
    const QByteArray owing = ",EUR,,no,250.00,250.00," + isoDaysAgo(20).toUtf8() + ",0,0";
    CHECK(lines[1].endsWith(owing));
    CHECK(lines[6].startsWith("C0004,Ärzte Bedarf,"));
    CHECK(lines[6].endsWith(",0.00,0.00,,0,0"));
    CHECK(csv == cliExport(ledger.path(), u"customers"_s));
    CHECK_FALSE(MessageBoxes::lastShown().has_value());

    // The list as shown: with the Overdue filter, only the customers it shows.
    auto* show = page->findChild<QComboBox*>(u"customerFilterComboBox"_s);
    REQUIRE(show);
    show->setCurrentIndex(show->findData(static_cast<int>(ardesk::CustomerQuery::Filter::Overdue)));
    REQUIRE(ardesk::test::waitForCount(*page->model()));
    const qint64 shown = page->model()->matchingCount();
    REQUIRE(shown >= 1);
    REQUIRE(shown < 6);
    const QByteArray overdue = fixture.exportTo(page->exportRunner(), u"overdue.csv"_s,
                                                [&] { QTest::mouseClick(button, Qt::LeftButton); });
    const QList<QByteArray> overdueLines = overdue.split('\n');
    CHECK(overdueLines.size() == 1 + shown + 1);
    CHECK(overdueLines[1] == lines[1]);
}

TEST_CASE("File > Export > Open Items writes today's open items", "[ui][exports]")
{
    UiTestLedger ledger(4);
    loadDocuments(ledger);
    ExportFixture fixture(ledger);
    QAction* action = fixture.exportAction(u"exportOpenItemsAction"_s);

    auto* runner = fixture.window.findChild<ExportRunner*>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(runner);
    const QByteArray csv =
        fixture.exportTo(runner, u"open-items.csv"_s, [&] { action->trigger(); });
    const QByteArray expected =
        "customer_id,customer_name,currency,document,issue_date,due_date,days_overdue,"
        "open_amount\n"
        "C0002,100% Organic_Foods,EUR,INV-2," +
        isoDaysAgo(50).toUtf8() + ',' + isoDaysAgo(20).toUtf8() +
        ",20,250.00\n"
        "C0003,Tokyo Trading KK,JPY,INV-3," +
        isoDaysAgo(35).toUtf8() + ',' + isoDaysAgo(5).toUtf8() +
        ",5,50000\n"
        "C0001,Zephyr Bakery,EUR,INV-1," +
        isoDaysAgo(20).toUtf8() + ',' + isoDaysAgo(-10).toUtf8() + ",0,600.00\n";
    CHECK(csv == expected);
    CHECK(csv == cliExport(ledger.path(), u"open-items"_s));
}

TEST_CASE("File > Export > Customers writes an Excel workbook for a .xlsx name", "[ui][exports]")
{
    UiTestLedger ledger(4);
    loadDocuments(ledger);
    ExportFixture fixture(ledger);
    QAction* action = fixture.exportAction(u"exportCustomersAction"_s);

    const QByteArray workbook = fixture.exportTo(fixture.window.customersPage()->exportRunner(),
                                                 u"customers.xlsx"_s, [&] { action->trigger(); });
    REQUIRE(workbook.startsWith("PK")); // a zip container
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, fixture.dir.filePath(u"customers.xlsx"_s),
                             u"xl/worksheets/sheet1.xml"_s});
    REQUIRE(unzip.waitForFinished(timeoutMs));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(sheet.count(u"<row "_s) == 1 + 4);
    CHECK(sheet.contains(u"<t>Tokyo Trading KK</t>"_s));
    // Amounts are numbers, not text: 250.00 owed by C0002.
    CHECK(sheet.contains(u"<v>250</v>"_s));
}

TEST_CASE("A cancelled export leaves the file that was there", "[ui][exports]")
{
    UiTestLedger ledger(UiTestLedger::defaultCustomers);
    ExportFixture fixture(ledger);
    auto* runner = fixture.window.customersPage()->exportRunner();
    const QString path = fixture.dir.filePath(u"customers.csv"_s);
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an earlier export\n");
    }
    QSignalSpy cancelled(runner, &ExportRunner::cancelled);
    QSignalSpy exported(runner, &ExportRunner::exported);

    runner->exportCustomers(ledger.path(), ardesk::CustomerQuery{.asOf = ardesk::Clock::today()},
                            path);
    // The job opens its own connection first: the cancel is there before the first row.
    auto* progress = fixture.window.findChild<QProgressDialog*>(u"exportProgressDialog"_s);
    REQUIRE(progress);
    auto* cancelButton = progress->findChild<QPushButton*>();
    REQUIRE(cancelButton);
    cancelButton->click();
    REQUIRE(QTest::qWaitFor([&] { return !runner->isRunning(); }, timeoutMs));

    CHECK(cancelled.count() == 1);
    CHECK(exported.count() == 0);
    CHECK_FALSE(MessageBoxes::lastShown().has_value());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "an earlier export\n");
    // Nothing else in the folder: no temporary file left behind.
    CHECK(QDir(fixture.dir.path()).entryList(QDir::Files) == QStringList{u"customers.csv"_s});
}

TEST_CASE("An export to a folder that does not exist says so", "[ui][exports]")
{
    UiTestLedger ledger(4);
    ExportFixture fixture(ledger);
    auto* runner = fixture.window.findChild<ExportRunner*>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(runner);
    QSignalSpy failed(runner, &ExportRunner::failed);
    const QString path = fixture.dir.filePath(u"missing/open-items.xlsx"_s);

    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    FileDialogs::setNextFileName(path);
    fixture.exportAction(u"exportOpenItemsAction"_s)->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !runner->isRunning(); }, timeoutMs));

    CHECK(failed.count() == 1);
    const auto shown = MessageBoxes::lastShown();
    REQUIRE(shown.has_value());
    CHECK(shown->icon == QMessageBox::Critical);
    CHECK(shown->title == u"Cannot Export the Report"_s);
    CHECK(shown->text.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(shown->details.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}
