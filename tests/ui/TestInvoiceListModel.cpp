#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "ledger/InvoiceListService.h"
#include "models/InvoiceListModel.h"
#include "plans/PlanService.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;
using ardesk::InvoiceListModel;
using ardesk::InvoiceListQuery;
using Filter = ardesk::InvoiceListQuery::Filter;
using ardesk::test::readColumn;
using ardesk::test::UiTestLedger;
using ardesk::test::waitForCount;

namespace {

const QDate asOf(2026, 11, 23);

// As of 2026-11-23:  INV-1  C0001 1,000.00 open, due 2026-11-30
//                    INV-2  C0001   500.00 overdue 39 days, 300.00 open (P1 paid 200.00)
//                    INV-3  C0004   250.00 overdue 23 days
//                    INV-4  C0002   300.00 paid by P2
//                    INV-5  C0005   400.00 on plan (plan 1, two installments, kind 'S')
//                    INV-6  C0005   150.00 overdue 69 days
void loadLedger(UiTestLedger& ledger)
{
    ledger.load(ardesk::ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount\n"
                "INV-1,C0001,2026-11-01,2026-11-30,1000.00\n"
                "INV-2,C0001,2026-10-01,2026-10-15,500.00\n"
                "INV-3,C0004,2026-09-01,2026-10-31,250.00\n"
                "INV-4,C0002,2026-06-01,2026-07-01,300.00\n"
                "INV-5,C0005,2026-08-01,2026-09-01,400.00\n"
                "INV-6,C0005,2026-08-15,2026-09-15,150.00\n");
    ledger.load(ardesk::ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                              "P1,C0001,2026-10-20,200.00\n"
                                              "P2,C0002,2026-11-10,300.00\n");
    auto database = ardesk::Database::open(ledger.path());
    REQUIRE(database.has_value());
    const ardesk::PlanRequest request{.customerCode = u"C0005"_s,
                                      .invoiceNumbers = {u"INV-5"_s},
                                      .allOpen = false,
                                      .schedule = {.date = QDate(2026, 11, 1),
                                                   .installments = 2,
                                                   .frequency = ardesk::PlanFrequency::Monthly,
                                                   .firstDue = QDate(2026, 12, 1)}};
    const auto plan = ardesk::PlanService(**database).create(request);
    INFO((plan ? QString() : plan.error().detail).toStdString());
    REQUIRE(plan.has_value());
}

std::unique_ptr<ardesk::LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = ardesk::LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

// The column of the current query, once its count and pages have arrived.
QStringList column(const InvoiceListModel& model, int column)
{
    REQUIRE(waitForCount(model));
    return readColumn(model, column);
}

InvoiceListQuery query(Filter filter, const QString& search = QString())
{
    InvoiceListQuery query;
    query.filter = filter;
    query.search = search;
    query.asOf = asOf;
    return query;
}

} // namespace

TEST_CASE("InvoiceListModel reads invoices a page at a time", "[ui][model][invoices]")
{
    UiTestLedger ledger(10);
    QByteArray csv = "invoice_number,customer_id,issue_date,due_date,amount\n";
    for (int i = 1; i <= 450; ++i)
        // Any EUR customer: C0003 is in JPY, which takes no decimals.
        csv += u"INV-%1,C%2,2026-10-01,2026-10-31,%3.00\n"_s.arg(i, 4, 10, QChar(u'0'))
                   .arg(i % 2 == 0 ? 1 : 5 + i % 6, 4, 10, QChar(u'0'))
                   .arg(i)
                   .toUtf8();
    ledger.load(ardesk::ImportKind::Invoices, csv);
    auto session = openSession(ledger);

    InvoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(query(Filter::All));
    model.setLedger(ledger.path());
    REQUIRE(waitForCount(model));
    CHECK(model.columnCount() == InvoiceListModel::ColumnCount);
    CHECK(model.matchingCount() == 450);
    CHECK(model.rowCount() == 450);
    QStringList numbers = column(model, InvoiceListModel::Number);
    CHECK(numbers.first() == u"INV-0001"_s);
    CHECK(numbers.last() == u"INV-0450"_s);
    CHECK(numbers.removeDuplicates() == 0);

    // Sorted by amount, descending, across pages: no row repeated or lost.
    model.sort(InvoiceListModel::Amount, Qt::DescendingOrder);
    numbers = column(model, InvoiceListModel::Number);
    REQUIRE(numbers.size() == 450);
    CHECK(numbers.first() == u"INV-0450"_s);
    CHECK(numbers.last() == u"INV-0001"_s);
}

TEST_CASE("InvoiceListModel filters by status", "[ui][model][invoices]")
{
    UiTestLedger ledger(10);
    loadLedger(ledger);
    auto session = openSession(ledger);
    InvoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setQuery(query(Filter::All));
    model.setLedger(ledger.path());

    // Installments (kind 'S') never show.
    CHECK(column(model, InvoiceListModel::Number) ==
          QStringList{u"INV-1"_s, u"INV-2"_s, u"INV-3"_s, u"INV-4"_s, u"INV-5"_s, u"INV-6"_s});
    CHECK(column(model, InvoiceListModel::Status) == QStringList{u"Open"_s, u"Overdue"_s,
                                                                 u"Overdue"_s, u"Paid"_s,
                                                                 u"On plan"_s, u"Overdue"_s});
    CHECK(column(model, InvoiceListModel::DaysOverdue) ==
          QStringList{QString(), u"39"_s, u"23"_s, QString(), QString(), u"69"_s});
    CHECK(column(model, InvoiceListModel::Customer).at(0) == u"Zephyr Bakery"_s);
    REQUIRE(ardesk::test::waitForRow(model, 1));
    CHECK(model.index(1, InvoiceListModel::OpenAmount).data(InvoiceListModel::SortRole) == 30000);
    CHECK(model.index(1, InvoiceListModel::IssueDate).data(InvoiceListModel::SortRole) ==
          QDate(2026, 10, 1));
    CHECK(model.index(1, InvoiceListModel::Amount).data(Qt::TextAlignmentRole) ==
          QVariant(Qt::AlignRight | Qt::AlignVCenter));

    using Row = std::pair<Filter, QStringList>;
    const auto [filter, expected] =
        GENERATE(Row{Filter::Open, {u"INV-1"_s, u"INV-2"_s, u"INV-3"_s, u"INV-6"_s}},
                 Row{Filter::Overdue, {u"INV-2"_s, u"INV-3"_s, u"INV-6"_s}},
                 Row{Filter::Paid, {u"INV-4"_s}}, Row{Filter::OnPlan, {u"INV-5"_s}});
    model.setQuery(query(filter));
    CHECK(column(model, InvoiceListModel::Number) == expected);
    CHECK(model.matchingCount() == expected.size());
    CHECK(session->invoiceList().count(query(filter)) == expected.size());
}

TEST_CASE("InvoiceListModel searches numbers and customers", "[ui][model][invoices]")
{
    UiTestLedger ledger(10);
    loadLedger(ledger);
    auto session = openSession(ledger);
    InvoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(query(Filter::All));
    model.setLedger(ledger.path());

    model.setQuery(query(Filter::All, u"inv-6"_s));
    CHECK(column(model, InvoiceListModel::Number) == QStringList{u"INV-6"_s});
    model.setQuery(query(Filter::All, u"zephyr"_s));
    CHECK(column(model, InvoiceListModel::Number) == QStringList{u"INV-1"_s, u"INV-2"_s});
    model.setQuery(query(Filter::All, u"C0004"_s));
    CHECK(column(model, InvoiceListModel::Number) == QStringList{u"INV-3"_s});
    // LIKE wildcards are taken literally: "%" finds the one customer with a % in the name.
    model.setQuery(query(Filter::All, u"100%"_s));
    CHECK(column(model, InvoiceListModel::Number) == QStringList{u"INV-4"_s});
    model.setQuery(query(Filter::All, u"_"_s));
    CHECK(column(model, InvoiceListModel::Number) == QStringList{u"INV-4"_s});
    // Search and status together.
    model.setQuery(query(Filter::Overdue, u"C0005"_s));
    CHECK(column(model, InvoiceListModel::Number) == QStringList{u"INV-6"_s});
    model.setQuery(query(Filter::All, u"nothing like this"_s));
    REQUIRE(waitForCount(model));
    CHECK(model.rowCount() == 0);
    CHECK(model.matchingCount() == 0);
}

TEST_CASE("InvoiceListModel sorts every column in the database", "[ui][model][invoices]")
{
    UiTestLedger ledger(10);
    loadLedger(ledger);
    auto session = openSession(ledger);
    InvoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(query(Filter::All));
    model.setLedger(ledger.path());

    using Row = std::pair<int, QStringList>;
    const auto [sortColumn, ascending] =
        GENERATE(Row{InvoiceListModel::Number,
                     {u"INV-1"_s, u"INV-2"_s, u"INV-3"_s, u"INV-4"_s, u"INV-5"_s, u"INV-6"_s}},
                 // 100% Organic_Foods, Falcon Print 5, Zephyr Bakery, Ärzte Bedarf (non-ASCII
                 // last); one customer's invoices by issue date.
                 Row{InvoiceListModel::Customer,
                     {u"INV-4"_s, u"INV-5"_s, u"INV-6"_s, u"INV-2"_s, u"INV-1"_s, u"INV-3"_s}},
                 Row{InvoiceListModel::IssueDate,
                     {u"INV-4"_s, u"INV-5"_s, u"INV-6"_s, u"INV-3"_s, u"INV-2"_s, u"INV-1"_s}},
                 Row{InvoiceListModel::DueDate,
                     {u"INV-4"_s, u"INV-5"_s, u"INV-6"_s, u"INV-2"_s, u"INV-3"_s, u"INV-1"_s}},
                 Row{InvoiceListModel::Amount,
                     {u"INV-6"_s, u"INV-3"_s, u"INV-4"_s, u"INV-5"_s, u"INV-2"_s, u"INV-1"_s}},
                 // Settled ones (0 open) first, by id.
                 Row{InvoiceListModel::OpenAmount,
                     {u"INV-4"_s, u"INV-5"_s, u"INV-6"_s, u"INV-3"_s, u"INV-2"_s, u"INV-1"_s}},
                 // Not overdue (0 days) first, then 23, 39, 69 days.
                 Row{InvoiceListModel::DaysOverdue,
                     {u"INV-1"_s, u"INV-5"_s, u"INV-4"_s, u"INV-3"_s, u"INV-2"_s, u"INV-6"_s}},
                 // Open, Overdue (by due date), Paid, On plan.
                 Row{InvoiceListModel::Status,
                     {u"INV-1"_s, u"INV-6"_s, u"INV-2"_s, u"INV-3"_s, u"INV-4"_s, u"INV-5"_s}});

    model.sort(sortColumn, Qt::AscendingOrder);
    CHECK(model.sortColumn() == sortColumn);
    CHECK(column(model, InvoiceListModel::Number) == ascending);
    model.sort(sortColumn, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    CHECK(column(model, InvoiceListModel::Number) == descending);
    CHECK(model.sortOrder() == Qt::DescendingOrder);
}

TEST_CASE("The Invoices page filters, searches and is keyboard-friendly", "[ui][page][invoices]")
{
    UiTestLedger ledger(10);
    loadLedger(ledger);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    auto* page = window.invoicesPage();
    REQUIRE(page);

    auto* action = window.findChild<QAction*>(u"invoicesPageAction"_s);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_4));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    action->trigger();
    CHECK(window.currentPage() == page);

    auto* status = page->findChild<QComboBox*>(u"statusFilterComboBox"_s);
    auto* search = page->findChild<QLineEdit*>(u"invoiceSearchLineEdit"_s);
    auto* table = page->findChild<QTableView*>(u"invoicesTableView"_s);
    REQUIRE(status);
    REQUIRE(search);
    REQUIRE(table);
    CHECK_FALSE(status->accessibleName().isEmpty());
    CHECK_FALSE(search->accessibleName().isEmpty());
    REQUIRE(waitForCount(*page->model()));
    CHECK(page->model()->matchingCount() == 6);
    CHECK(page->statusText() == u"Invoices: 6"_s);

    // Tab order: status filter, search, list.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    status->setFocus(Qt::OtherFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return status->hasFocus(); }, 1000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(search->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(table->hasFocus());

    status->setCurrentIndex(status->findData(static_cast<int>(Filter::Paid)));
    REQUIRE(waitForCount(*page->model()));
    CHECK(page->model()->matchingCount() == 1);
    CHECK(page->statusText() == u"Invoices: 1 of 6"_s);
    status->setCurrentIndex(0);
    REQUIRE(waitForCount(*page->model()));

    // Typed where a user types it: in the search field. Focus goes only to the active window,
    // which a loaded machine's offscreen platform may have moved away meanwhile.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    search->setFocus(Qt::OtherFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return search->hasFocus(); }, 1000));
    QTest::keyClicks(search, u"zephyr"_s);
    // Debounced: nothing until the pause.
    CHECK(page->model()->matchingCount() == 6);
    REQUIRE(QTest::qWaitFor([&] { return page->model()->matchingCount() == 2; }, 2000));
    // Down goes from the search into the results (the window system reports the focus, as
    // above, in its own time), and selects the first once the list has read it.
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(QTest::qWaitFor([&] { return table->hasFocus(); }, 1000));
    CHECK(QTest::qWaitFor([&] { return table->selectionModel()->isRowSelected(0, QModelIndex()); },
                          2000));

    search->setText(u"nothing like this"_s);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitForCount(*page->model()));
    auto* empty = page->findChild<QLabel*>(u"emptyStateLabel"_s);
    REQUIRE(empty);
    CHECK(empty->isVisible());
}
