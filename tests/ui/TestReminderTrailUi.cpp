// The reminders sent, seen in the desktop app: a run saved as letters on the Collections page
// shows on the Invoices page as each invoice's last reminder (a column the database sorts by)
// and in the customer's activity log. Driven by object name.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "DefaultLocale.h"
#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "dialogs/CustomerDetailDialog.h"
#include "domain/Clock.h"
#include "ledger/CustomerService.h"
#include "models/ActivityListModel.h"
#include "models/InvoiceListModel.h"
#include "models/ReminderRunModel.h"
#include "session/LedgerSession.h"
#include "views/CollectionsPage.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::DefaultLocale;
using ardesk::test::UiTestLedger;

namespace {

constexpr int runTimeoutMs = 20'000;
const QDate asOf(2026, 11, 23);

template <typename T>
T* child(const QObject* parent, const QString& name)
{
    auto* found = parent->findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

// Column `column` of the table as one string per row, in the view's order, once the list has
// been read (in the background).
QStringList columnTexts(const QTableView* table, int column)
{
    REQUIRE(ardesk::test::waitForList(table));
    const auto* model = qobject_cast<const PagedListModel*>(table->model());
    REQUIRE(model != nullptr);
    return ardesk::test::readColumn(*model, column);
}

// The Collections page's run as of `asOf`, saved as one PDF of letters and so recorded.
void sendLetters(MainWindow& window, const UiTestLedger& ledger)
{
    CollectionsPage* page = window.collectionsPage();
    window.showPage(page);
    REQUIRE(QTest::qWaitFor([page] { return !page->isBusy(); }, runTimeoutMs));
    child<QDateEdit>(page, u"collectionsAsOfDateEdit"_s)->setDate(asOf);
    QTest::mouseClick(child<QPushButton>(page, u"previewRunButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([page] { return !page->isBusy(); }, runTimeoutMs));
    REQUIRE(page->model()->rowCount() == 2);

    FileDialogs::setNextFileName(QDir(ledger.dir()).filePath(u"run.pdf"_s));
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // the confirmation
    MessageBoxes::clearLastShown();
    QTest::mouseClick(child<QPushButton>(page, u"saveLettersButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([page] { return !page->isBusy(); }, runTimeoutMs));
    const auto shown = MessageBoxes::lastShown();
    REQUIRE(shown.has_value());
    REQUIRE(shown->text.contains(u"Reminders recorded for 2 customer"_s));
}

} // namespace

TEST_CASE("A reminder run shows as the invoices' last reminder and in the customer's activity",
          "[ui][collections][invoices]")
{
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    const ClockOverride clock(asOf);
    // Due 2026-10-01 and 2026-11-13: both reach level 1 on the 23rd; INV-3 is not due yet.
    UiTestLedger ledger(8);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2026-09-01,2026-10-01,1000.00\n"
                                      "INV-2,C0004,2026-10-20,2026-11-13,250.00\n"
                                      "INV-3,C0002,2026-11-01,2026-12-01,400.00\n");
    MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    InvoicesPage* invoices = window.invoicesPage();
    window.showPage(invoices);
    auto* table = child<QTableView>(invoices, u"invoicesTableView"_s);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(table->model()->headerData(InvoiceListModel::LastReminder, Qt::Horizontal) ==
          u"Last Reminder"_s);
    CHECK(columnTexts(table, InvoiceListModel::LastReminder) ==
          QStringList{QString(), QString(), QString()});

    sendLetters(window, ledger);

    // The run told the other pages; the list read the ledger again.
    window.showPage(invoices);
    table->sortByColumn(InvoiceListModel::Number, Qt::AscendingOrder);
    CHECK(columnTexts(table, InvoiceListModel::Number) ==
          QStringList{u"INV-1"_s, u"INV-2"_s, u"INV-3"_s});
    CHECK(columnTexts(table, InvoiceListModel::LastReminder) ==
          QStringList{u"Level 1 · 11/23/26"_s, u"Level 1 · 11/23/26"_s, QString()});
    CHECK(table->model()->index(0, InvoiceListModel::LastReminder).data(Qt::ToolTipRole) ==
          u"1 – Payment reminder · Letter"_s);

    // Sorted by the database: never reminded first, then by level, date and entry order.
    table->horizontalHeader()->setSortIndicator(InvoiceListModel::LastReminder, Qt::AscendingOrder);
    CHECK(invoices->model()->sortColumn() == InvoiceListModel::LastReminder);
    CHECK(columnTexts(table, InvoiceListModel::Number) ==
          QStringList{u"INV-3"_s, u"INV-1"_s, u"INV-2"_s});
    table->horizontalHeader()->setSortIndicator(InvoiceListModel::LastReminder,
                                                Qt::DescendingOrder);
    CHECK(columnTexts(table, InvoiceListModel::Number) ==
          QStringList{u"INV-2"_s, u"INV-1"_s, u"INV-3"_s});

    // Zephyr Bakery's activity log has the letter: level, date, channel and the invoice.
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    const auto zephyr = (*session)->customers().page({.search = u"C0001"_s}, 0, 1);
    REQUIRE(zephyr.has_value());
    REQUIRE(zephyr->size() == 1);
    CustomerDetailDialog detail(**session, zephyr->first().customer.id, asOf);
    auto* activity = child<QTableView>(&detail, u"activityTableView"_s);
    REQUIRE(activity->model()->rowCount() == 1);
    const auto cell = [activity](int column) {
        return activity->model()->index(0, column).data().toString();
    };
    CHECK(cell(ActivityListModel::Date) == u"11/23/26"_s);
    CHECK(cell(ActivityListModel::Kind) == u"Reminder"_s);
    CHECK(cell(ActivityListModel::Invoice) == u"INV-1"_s);
    CHECK(cell(ActivityListModel::Details) == u"1 – Payment reminder · Letter"_s);
    CHECK(activity->model()->index(0, 0).data(ActivityListModel::ActivityIdRole).isNull());
}

// Not run by default: `test_ui "[screenshots][reminders]"` with ARDESK_SHOTS_DIR and
// ARDESK_SHOTS_LEDGER (say, the demo ledger after `ardesk-cli reminders`) set; the customer
// ARDESK_SHOTS_CUSTOMER (default C00018, reminded twice in the demo) on the activity tab, and the
// Invoices page sorted by the last reminder, highest level first.
TEST_CASE("Screenshots of the reminders sent", "[.][screenshots][reminders]")
{
    const QString directory = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    const QString ledger = qEnvironmentVariable("ARDESK_SHOTS_LEDGER");
    if (directory.isEmpty() || ledger.isEmpty()) {
        WARN("ARDESK_SHOTS_DIR or ARDESK_SHOTS_LEDGER is not set: nothing saved");
        return;
    }
    const QDir dir(directory);
    const QString code = qEnvironmentVariable("ARDESK_SHOTS_CUSTOMER", u"C00018"_s);

    MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(window.invoicesPage());
    child<QTableView>(window.invoicesPage(), u"invoicesTableView"_s)
        ->sortByColumn(InvoiceListModel::LastReminder, Qt::DescendingOrder);
    QApplication::processEvents();
    REQUIRE(window.grab().save(dir.filePath(u"invoices-last-reminder.png"_s)));

    auto session = LedgerSession::open(ledger);
    REQUIRE(session.has_value());
    const auto customer = (*session)->customers().page({.search = code}, 0, 1);
    REQUIRE(customer.has_value());
    REQUIRE(customer->size() == 1);
    CustomerDetailDialog detail(**session, customer->first().customer.id, Clock::today());
    auto* tabs = child<QTabWidget>(&detail, u"detailTabWidget"_s);
    tabs->setCurrentWidget(child<QWidget>(&detail, u"activityTab"_s));
    detail.resize(1000, 600);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    QApplication::processEvents();
    REQUIRE(detail.grab().save(dir.filePath(u"customer-activity-reminders.png"_s)));
}
