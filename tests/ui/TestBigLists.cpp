// Long lists: the models count the whole list first, read pages where the view looks, from
// either end, in the background; a search superseded before its answer comes is never shown;
// a refresh changes the rows in place; Ctrl+End reaches the last row.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "domain/Clock.h"
#include "ledger/CreditListService.h"
#include "ledger/InvoiceListService.h"
#include "models/CreditListModel.h"
#include "models/InvoiceListModel.h"
#include "storage/Database.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::readColumn;
using ardesk::test::UiTestLedger;
using ardesk::test::waitForCount;

namespace {

const QDate asOf(2026, 12, 6);
constexpr int invoiceCount = 3000;
constexpr int paymentCount = 1000;
// Small pages, so that a few thousand rows span many of them and the page cache.
constexpr int smallPage = 50;

// INV-00001… for customers C0005…C0024, due on one of 90 days, amounts repeating so that
// sorts meet ties; every seventh one paid by a payment.
void loadLedger(UiTestLedger& ledger)
{
    QByteArray invoices = "invoice_number,customer_id,issue_date,due_date,amount\n";
    QByteArray payments = "payment_id,customer_id,date,amount,invoice_number\n";
    for (int i = 1; i <= invoiceCount; ++i) {
        const QByteArray number = "INV-" + QByteArray::number(i).rightJustified(5, '0');
        const QByteArray customer = "C" + QByteArray::number(5 + i % 20).rightJustified(4, '0');
        const QDate due = QDate(2026, 9, 1).addDays(i % 90);
        invoices +=
            number + ',' + customer + ',' + due.addDays(-30).toString(Qt::ISODate).toUtf8() + ',' +
            due.toString(Qt::ISODate).toUtf8() + ',' + QByteArray::number(10 + i % 37) + ".00\n";
        if (i % 7 == 0 && i / 7 <= paymentCount)
            payments += "P-" + number + ',' + customer + ",2026-11-02," +
                        QByteArray::number(10 + i % 37) + ".00," + number + '\n';
    }
    ledger.load(ImportKind::Invoices, invoices);
    ledger.load(ImportKind::Payments, payments);
}

// The numbers of every row of `query`, straight from the service in one read.
QStringList serviceNumbers(const QString& path, const InvoiceListQuery& query)
{
    auto database = Database::open(path);
    REQUIRE(database.has_value());
    const auto rows = InvoiceListService(**database).page(query, 0, invoiceCount + 1);
    REQUIRE(rows.has_value());
    QStringList numbers;
    for (const InvoiceListRow& row : *rows)
        numbers.append(row.number);
    return numbers;
}

} // namespace

TEST_CASE("A long invoice list is counted whole before any page is read", "[ui][model][big]")
{
    const ClockOverride clock(asOf);
    UiTestLedger ledger(30);
    loadLedger(ledger);
    InvoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(smallPage);
    model.setQuery(InvoiceListQuery{.asOf = asOf});
    model.setLedger(ledger.path());
    REQUIRE(waitForCount(model));

    // The scroll bar spans every invoice from the start: one page read, all of them counted.
    CHECK(model.rowCount() == invoiceCount);
    CHECK(model.matchingCount() == invoiceCount);
    CHECK(model.hasRow(0));
    CHECK_FALSE(model.hasRow(smallPage));

    // The last row: an ellipsis at first, its invoice once its page has arrived.
    const int last = invoiceCount - 1;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    CHECK(model.index(last, InvoiceListModel::Number).data().toString() == u"…"_s);
    CHECK_FALSE(model.rowAt(last).has_value());
    REQUIRE(changed.wait(ardesk::test::listReadTimeoutMs));
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    CHECK(topLeft.row() == invoiceCount - smallPage);
    CHECK(bottomRight.row() == last);
    CHECK(model.index(last, InvoiceListModel::Number).data().toString() == u"INV-03000"_s);
    CHECK(model.index(last - smallPage + 1, InvoiceListModel::Number).data().toString() ==
          u"INV-02951"_s);

    // A filter counts again; the rows before are kept until the new count replaces them.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(InvoiceListQuery{.filter = InvoiceListQuery::Filter::Paid, .asOf = asOf});
    CHECK(model.isLoading());
    CHECK(model.rowCount() == invoiceCount);
    REQUIRE(waitForCount(model));
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == invoiceCount / 7);
}

TEST_CASE("Sorted and filtered, the pages of a long list are the service's rows",
          "[ui][model][big]")
{
    const ClockOverride clock(asOf);
    UiTestLedger ledger(30);
    loadLedger(ledger);
    InvoiceListModel model;
    model.setPageSize(smallPage);
    model.setQuery(InvoiceListQuery{.asOf = asOf});
    model.setLedger(ledger.path());
    REQUIRE(waitForCount(model));

    using SortKey = InvoiceListQuery::SortKey;
    using Filter = InvoiceListQuery::Filter;
    const auto [sortKey, filter, search] = GENERATE(
        table<SortKey, Filter, QString>({{SortKey::Number, Filter::All, QString()},
                                         {SortKey::Customer, Filter::All, QString()},
                                         {SortKey::DueDate, Filter::Open, QString()},
                                         {SortKey::Amount, Filter::All, u"INV-01"_s},
                                         {SortKey::DaysOverdue, Filter::Overdue, QString()},
                                         {SortKey::Status, Filter::All, QString()}}));
    const bool descending = GENERATE(false, true);
    InvoiceListQuery query = model.query();
    query.sortKey = sortKey;
    query.filter = filter;
    query.search = search;
    query.descending = descending;
    INFO("sort " << static_cast<int>(sortKey) << (descending ? " descending" : " ascending")
                 << ", filter " << static_cast<int>(filter));
    model.setQuery(query);
    REQUIRE(waitForCount(model));

    // Read from the end backwards too: the far half of the list comes from its other end.
    const QStringList expected = serviceNumbers(ledger.path(), query);
    REQUIRE(expected.size() > 2 * smallPage);
    CHECK(model.rowCount() == expected.size());
    const int last = model.rowCount() - 1;
    REQUIRE(ardesk::test::waitForRow(model, last));
    CHECK(model.index(last, InvoiceListModel::Number).data().toString() == expected.last());
    CHECK(readColumn(model, InvoiceListModel::Number) == expected);
}

TEST_CASE("A payment list read from its far end has the service's rows", "[ui][model][big]")
{
    UiTestLedger ledger(30);
    loadLedger(ledger);
    CreditListModel model;
    model.setPageSize(smallPage);
    CreditListQuery query;
    query.sortKey = CreditListQuery::SortKey::Amount;
    query.descending = GENERATE(false, true);
    model.setQuery(query);
    model.setLedger(ledger.path());
    REQUIRE(waitForCount(model));

    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto rows = CreditListService(**database).page(query, 0, paymentCount + 1);
    REQUIRE(rows.has_value());
    QStringList expected;
    for (const CreditListRow& row : *rows)
        expected.append(row.code);
    REQUIRE(expected.size() == invoiceCount / 7);
    CHECK(model.rowCount() == expected.size());
    CHECK(readColumn(model, CreditListModel::Number) == expected);
}

TEST_CASE("A search superseded before its answer arrives is never shown", "[ui][model][big]")
{
    const ClockOverride clock(asOf);
    UiTestLedger ledger(30);
    loadLedger(ledger);
    InvoiceListModel model;
    model.setPageSize(smallPage);
    model.setQuery(InvoiceListQuery{.asOf = asOf});
    model.setLedger(ledger.path());
    REQUIRE(waitForCount(model));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counted(&model, &PagedListModel::matchingCountChanged);
    // Typed one after the other, faster than the ledger answers: "INV-0" matches 2,999 rows,
    // "INV-02" 1,000.
    model.setQuery(InvoiceListQuery{.search = u"INV-0"_s, .asOf = asOf});
    model.setQuery(InvoiceListQuery{.search = u"INV-02"_s, .asOf = asOf});
    REQUIRE(waitForCount(model));
    // Read once more and waited for: had the first answer been delivered, it would be here.
    // (A refresh of the query shown changes the rows in place, without a reset.)
    model.refresh();
    REQUIRE(waitForCount(model));
    CHECK(reset.count() == 1);
    REQUIRE(counted.count() == 1);
    CHECK(counted.first().at(0).toLongLong() == 1000);
    CHECK(model.rowCount() == 1000);
    CHECK(model.index(0, InvoiceListModel::Number).data().toString() == u"INV-02000"_s);
}

TEST_CASE("A refresh of the list shown changes its rows in place", "[ui][model][big]")
{
    const ClockOverride clock(asOf);
    UiTestLedger ledger(30);
    loadLedger(ledger);
    InvoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(smallPage);
    model.setQuery(InvoiceListQuery{.filter = InvoiceListQuery::Filter::Open, .asOf = asOf});
    model.setLedger(ledger.path());
    REQUIRE(waitForCount(model));
    const int open = model.rowCount();
    REQUIRE(open == invoiceCount - invoiceCount / 7);
    REQUIRE(ardesk::test::waitForRow(model, 1000));
    const auto first = model.rowAt(0);
    REQUIRE(first);
    const auto second = model.rowAt(1);
    REQUIRE(second);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The first open invoice paid (elsewhere): one row less, taken off the end; the pages in
    // use read again, so that the first row is the next invoice.
    const QByteArray payment = "P-LIVE," + first->customerCode.toUtf8() + ",2026-11-03," +
                               QByteArray::number(first->amountMinor / 100) + ".00," +
                               first->number.toUtf8() + '\n';
    ledger.load(ImportKind::Payments,
                "payment_id,customer_id,date,amount,invoice_number\n" + payment);
    model.refresh();
    REQUIRE(waitForCount(model));
    CHECK(resets.count() == 0);
    REQUIRE(removed.count() == 1);
    CHECK(removed.first().at(1).toInt() == open - 1);
    CHECK(removed.first().at(2).toInt() == open - 1);
    CHECK(inserted.count() == 0);
    CHECK(changed.count() >= 2);
    CHECK(model.hasRow(0));
    CHECK(model.hasRow(1000));
    CHECK(model.index(0, InvoiceListModel::Number).data().toString() == second->number);

    // Two invoices entered: two rows more at the end.
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "LIVE-1,C0005,2026-11-01,2026-12-01,5.00\n"
                                      "LIVE-2,C0005,2026-11-01,2026-12-01,6.00\n");
    model.refresh();
    REQUIRE(waitForCount(model));
    CHECK(resets.count() == 0);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.first().at(1).toInt() == open - 1);
    CHECK(inserted.first().at(2).toInt() == open);
    CHECK(model.rowCount() == open + 1);
}

TEST_CASE("Ctrl+End on the invoices page goes to the last invoice and shows it", "[ui][page][big]")
{
    const ClockOverride clock(asOf);
    UiTestLedger ledger(30);
    loadLedger(ledger);
    MainWindow window;
    window.setRemembersSettings(false);
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openLedger(ledger.path()));
    InvoicesPage* page = window.invoicesPage();
    window.showPage(page);
    auto* table = page->findChild<QTableView*>(u"invoicesTableView"_s);
    REQUIRE(table);
    REQUIRE(waitForCount(*page->model()));
    // The scroll bar reaches the whole list before anything was scrolled.
    CHECK(page->model()->rowCount() == invoiceCount);
    table->setFocus();
    REQUIRE(QTest::qWaitFor([table] { return table->hasFocus(); }));

    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    const int last = invoiceCount - 1;
    // The last row becomes the current one (Ctrl moves without selecting, as in any Qt table).
    CHECK(table->currentIndex().row() == last);
    CHECK(table->verticalScrollBar()->value() == table->verticalScrollBar()->maximum());
    // Shown, once its page has come in the background.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return table->model()->index(last, InvoiceListModel::Number).data().toString() ==
                   u"INV-03000"_s;
        },
        ardesk::test::listReadTimeoutMs));
    CHECK(table->visualRect(table->currentIndex()).intersects(table->viewport()->rect()));
}
