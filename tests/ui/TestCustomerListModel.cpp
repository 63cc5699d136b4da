#include <catch2/catch.hpp>

#include <algorithm>
#include <string_view>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "domain/Clock.h"
#include "domain/CurrencyCode.h"
#include "domain/FoldedText.h"
#include "ledger/LedgerCreator.h"
#include "models/CustomerListModel.h"
#include "session/LedgerSession.h"
#include "support/TestLedger.h"
#include "views/CustomersPage.h"

using namespace Qt::StringLiterals;
using ardesk::CustomerListModel;
using ardesk::CustomerQuery;
using ardesk::test::readColumn;
using ardesk::test::waitForCount;

namespace {

std::unique_ptr<ardesk::LedgerSession> openSession(const ardesk::test::UiTestLedger& ledger)
{
    auto session = ardesk::LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

// The column of the current query, once its count and pages have arrived.
QStringList column(const CustomerListModel& model, int column)
{
    REQUIRE(waitForCount(model));
    return readColumn(model, column);
}

// The codes of every row, read to the end.
QStringList allCodes(const CustomerListModel& model)
{
    return column(model, CustomerListModel::Code);
}

int rowOfCode(const CustomerListModel& model, const QString& code)
{
    return static_cast<int>(allCodes(model).indexOf(code));
}

// Ten customers with documents dated far from today, so that what is overdue does not depend
// on the day the test runs:
//   C0001 Zephyr (limit 12,345.67): 10,000.00 overdue since 2020 + 5,000.00 due in 2099
//   C0002 Organic: a 50.00 payment with nothing to pay, in credit
//   C0003 Tokyo (JPY): 1,000 due in 2020, 400 paid: 600 overdue
std::unique_ptr<ardesk::test::UiTestLedger> ledgerWithBalances()
{
    auto ledger = std::make_unique<ardesk::test::UiTestLedger>(10);
    ledger->load(ardesk::ImportKind::Invoices,
                 "invoice_number,customer_id,issue_date,due_date,amount\n"
                 "INV-1,C0001,2020-01-01,2020-01-31,10000.00\n"
                 "INV-2,C0001,2099-01-01,2099-12-31,5000.00\n"
                 "INV-3,C0003,2020-02-01,2020-03-02,1000\n");
    ledger->load(ardesk::ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                               "P1,C0002,2020-01-15,50.00\n"
                                               "P2,C0003,2020-03-10,400\n");
    return ledger;
}

} // namespace

TEST_CASE("CustomerListModel counts first and reads pages where they are looked at", "[ui][model]")
{
    const ardesk::test::UiTestLedger ledger;
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    model.setLedger(ledger.path());
    REQUIRE(waitForCount(model));
    CHECK(model.columnCount() == CustomerListModel::ColumnCount);
    CHECK(model.matchingCount() == ledger.customers());
    // The whole list, before anything scrolled.
    CHECK(model.rowCount() == ledger.customers());
    CHECK(model.hasRow(0));
    const int last = model.rowCount() - 1;
    REQUIRE_FALSE(model.hasRow(last));

    // A row whose page has not arrived shows an ellipsis, and its page follows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    CHECK(model.index(last, CustomerListModel::Code).data().toString() == u"…"_s);
    CHECK_FALSE(model.index(last, CustomerListModel::Name).data().isValid());
    REQUIRE(changed.wait(ardesk::test::listReadTimeoutMs));
    CHECK(changed.at(0).at(1).toModelIndex().row() == last);
    REQUIRE(model.rowAt(last).has_value());
    CHECK(model.index(last, CustomerListModel::Code).data().toString() ==
          model.rowAt(last)->customer.code);

    // Every customer exactly once across the pages.
    QStringList codes = allCodes(model);
    codes.sort();
    CHECK(codes.removeDuplicates() == 0);
    CHECK(codes.size() == ledger.customers());

    model.setLedger(QString());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("CustomerListModel sorts in the database", "[ui][model]")
{
    const ardesk::test::UiTestLedger ledger;
    auto session = openSession(ledger);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLedger(session->path());

    SECTION("by name, ascending and descending, across pages")
    {
        model.sort(CustomerListModel::Name, Qt::AscendingOrder);
        const QStringList ascending = column(model, CustomerListModel::Name);
        REQUIRE(ascending.size() == ledger.customers());
        // By the folded name, case and accents aside: "100% ..." first, the umlaut among the
        // A's rather than after every ASCII name as by code point.
        const auto folded = [](const QStringList& names) {
            QStringList result;
            for (const QString& name : names)
                result.append(ardesk::FoldedText::fold(name));
            return result;
        };
        const QStringList foldedAscending = folded(ascending);
        CHECK(std::is_sorted(foldedAscending.begin(), foldedAscending.end()));
        CHECK(ascending.first() == u"100% Organic_Foods"_s);
        const qsizetype arzte = ascending.indexOf(u"Ärzte Bedarf"_s);
        REQUIRE(arzte > 0);
        CHECK(arzte < ascending.size() - 1);
        CHECK(foldedAscending.at(arzte + 1) > u"arzte bedarf"_s);

        model.sort(CustomerListModel::Name, Qt::DescendingOrder);
        CHECK(model.sortOrder() == Qt::DescendingOrder);
        const QStringList descending = column(model, CustomerListModel::Name);
        QStringList reversed = ascending;
        std::reverse(reversed.begin(), reversed.end());
        CHECK(descending == reversed);
        CHECK(descending.last() == u"100% Organic_Foods"_s);
    }

    SECTION("by code")
    {
        model.sort(CustomerListModel::Code, Qt::DescendingOrder);
        CHECK(model.sortColumn() == CustomerListModel::Code);
        REQUIRE(waitForCount(model));
        CHECK(model.index(0, CustomerListModel::Code).data().toString() ==
              u"C%1"_s.arg(ledger.customers(), 4, 10, QChar(u'0')));
        model.sort(CustomerListModel::Code, Qt::AscendingOrder);
        REQUIRE(waitForCount(model));
        CHECK(model.index(0, CustomerListModel::Code).data().toString() == u"C0001"_s);
    }

    SECTION("columns the database does not sort by leave the order alone")
    {
        model.sort(CustomerListModel::Code, Qt::AscendingOrder);
        REQUIRE(waitForCount(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(CustomerListModel::Email, Qt::DescendingOrder);
        CHECK(reset.count() == 0);
        CHECK(model.sortColumn() == CustomerListModel::Code);
        CHECK(model.sortOrder() == Qt::AscendingOrder);
    }
}

TEST_CASE("CustomerListModel filters by code or name", "[ui][model]")
{
    const ardesk::test::UiTestLedger ledger;
    auto session = openSession(ledger);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLedger(session->path());

    CustomerQuery query;
    query.search = u"ZEPHYR"_s;
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.matchingCount() == 1);
    CHECK(model.index(0, CustomerListModel::Name).data().toString() == u"Zephyr Bakery"_s);

    // LIKE wildcards in the search are taken literally.
    query.search = u"0% Organic_"_s;
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CustomerListModel::Code).data().toString() == u"C0002"_s);

    query.search = u"C000"_s; // codes C0001 to C0009
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    CHECK(model.rowCount() == 9);

    query.search = u"no such customer"_s;
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("CustomerListModel formats money and terms for display", "[ui][model]")
{
    const ardesk::test::UiTestLedger ledger;
    auto session = openSession(ledger);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setLedger(session->path());
    model.sort(CustomerListModel::Code, Qt::AscendingOrder);

    const int zephyr = rowOfCode(model, u"C0001"_s);
    const int organic = rowOfCode(model, u"C0002"_s);
    const int tokyo = rowOfCode(model, u"C0003"_s);
    REQUIRE(zephyr >= 0);
    REQUIRE(organic >= 0);
    REQUIRE(tokyo >= 0);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };

    CHECK(cell(zephyr, CustomerListModel::CreditLimit).toString() == u"12,345.67"_s);
    CHECK(cell(zephyr, CustomerListModel::CreditLimit, CustomerListModel::SortRole).toLongLong() ==
          1234567);
    CHECK(cell(zephyr, CustomerListModel::Currency).toString() == u"EUR"_s);
    CHECK(cell(zephyr, CustomerListModel::Terms).toString() == u"Net 14"_s);
    CHECK(cell(zephyr, CustomerListModel::Terms, CustomerListModel::SortRole).toInt() == 14);
    CHECK(cell(zephyr, CustomerListModel::Email).toString() == u"orders@zephyr.example"_s);
    CHECK(cell(zephyr, CustomerListModel::Phone).toString() == u"+49 30 1234567"_s);
    CHECK(cell(zephyr, CustomerListModel::Code, CustomerListModel::CustomerIdRole).toLongLong() >
          0);

    // No minor unit in yen; no limit at all is an empty cell, not 0.00.
    CHECK(cell(tokyo, CustomerListModel::CreditLimit).toString() == u"150,000"_s);
    CHECK(cell(tokyo, CustomerListModel::CreditLimit, CustomerListModel::SortRole).toLongLong() ==
          150000);
    CHECK(cell(organic, CustomerListModel::CreditLimit).toString().isEmpty());
    CHECK_FALSE(
        cell(organic, CustomerListModel::CreditLimit, CustomerListModel::SortRole).isValid());
    CHECK(cell(organic, CustomerListModel::Terms).toString() == u"Due on receipt"_s);

    const auto alignment = [&](int column) {
        return cell(zephyr, column, Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    CHECK(alignment(CustomerListModel::CreditLimit) == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(alignment(CustomerListModel::Terms) == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK((alignment(CustomerListModel::Name) & Qt::AlignLeft));
    CHECK(model.headerData(CustomerListModel::CreditLimit, Qt::Horizontal, Qt::TextAlignmentRole)
              .value<Qt::Alignment>() == (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.headerData(CustomerListModel::CreditLimit, Qt::Horizontal).toString() ==
          u"Credit Limit"_s);

    SECTION("in the locale's own separators")
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        model.setLocale(german);
        CHECK(cell(zephyr, CustomerListModel::CreditLimit).toString() == u"12.345,67"_s);

        const QLocale french(QLocale::French, QLocale::France);
        model.setLocale(french);
        CHECK(cell(zephyr, CustomerListModel::CreditLimit).toString() ==
              u"12"_s + french.groupSeparator() + u"345,67"_s);
    }
}

TEST_CASE("The search field filters the customers after a pause in typing", "[ui][page]")
{
    const ardesk::test::UiTestLedger ledger;
    auto session = openSession(ledger);
    ardesk::CustomersPage page;
    page.setSession(session.get());
    page.resize(1000, 600);
    page.show();

    auto* search = page.findChild<QLineEdit*>(u"searchLineEdit"_s);
    auto* table = page.findChild<QTableView*>(u"customersTableView"_s);
    REQUIRE(search);
    REQUIRE(table);
    QAbstractItemModel* model = table->model();
    REQUIRE(waitForCount(*page.model()));
    REQUIRE(model->rowCount() == ledger.customers());
    CHECK(page.statusText().contains(QLocale().toString(ledger.customers())));

    QTest::keyClicks(search, u"zephyr"_s);
    // Not one query per key: nothing changes until the typing pauses.
    CHECK(model->rowCount() == ledger.customers());
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 1; },
                            10 * ardesk::CustomersPage::searchDelayMs));
    CHECK(model->index(0, CustomerListModel::Name).data().toString() == u"Zephyr Bakery"_s);
    CHECK(page.statusText() == u"Customers: 1 of "_s + QLocale().toString(ledger.customers()));

    SECTION("Return filters at once")
    {
        search->clear();
        QTest::keyClicks(search, u"tokyo"_s);
        QTest::keyClick(search, Qt::Key_Return);
        REQUIRE(waitForCount(*page.model()));
        REQUIRE(model->rowCount() == 1);
        CHECK(model->index(0, CustomerListModel::Code).data().toString() == u"C0003"_s);
    }

    SECTION("Escape clears the search")
    {
        QTest::keyClick(search, Qt::Key_Escape);
        CHECK(search->text().isEmpty());
        REQUIRE(waitForCount(*page.model()));
        CHECK(model->rowCount() == ledger.customers());
    }

    SECTION("the header sorts through the model")
    {
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        table->sortByColumn(CustomerListModel::Code, Qt::DescendingOrder);
        REQUIRE(waitForCount(*page.model()));
        CHECK(model->index(0, CustomerListModel::Code).data().toString() ==
              u"C%1"_s.arg(ledger.customers(), 4, 10, QChar(u'0')));
        // A column the database cannot sort by keeps the indicator where the order is.
        table->sortByColumn(CustomerListModel::Email, Qt::AscendingOrder);
        CHECK(table->horizontalHeader()->sortIndicatorSection() == CustomerListModel::Code);
        CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    }
}

TEST_CASE("An empty list says why it is empty", "[ui][page]")
{
    const ardesk::test::TestLedger empty;
    REQUIRE(ardesk::LedgerCreator::create(empty.path(), u"Empty Co"_s,
                                          *ardesk::CurrencyCode::fromCode(u"EUR"))
                .has_value());
    auto session = ardesk::LedgerSession::open(empty.path());
    REQUIRE(session.has_value());

    ardesk::CustomersPage page;
    page.resize(800, 500);
    page.show();
    auto* emptyLabel = page.findChild<QLabel*>(u"emptyStateLabel"_s);
    REQUIRE(emptyLabel);
    CHECK_FALSE(emptyLabel->isVisible()); // no ledger: nothing to explain

    page.setSession(session->get());
    REQUIRE(waitForCount(*page.model()));
    CHECK(emptyLabel->isVisible());
    CHECK(emptyLabel->text().contains(u"no customers yet"_s));
    CHECK(page.statusText() == u"Customers: 0"_s);

    auto* search = page.findChild<QLineEdit*>(u"searchLineEdit"_s);
    REQUIRE(search);
    QTest::keyClicks(search, u"acme"_s);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitForCount(*page.model()));
    CHECK(emptyLabel->isVisible());
    CHECK(emptyLabel->text().contains(u"“acme”"_s));

    page.setSession(nullptr);
    CHECK_FALSE(emptyLabel->isVisible());
    CHECK(search->text().isEmpty());
}

TEST_CASE("CustomerListModel shows each account's balance, overdue amount and oldest due date",
          "[ui][model]")
{
    const auto ledger = ledgerWithBalances();
    auto session = openSession(*ledger);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    model.setLocale(english);
    model.setLedger(session->path());
    model.sort(CustomerListModel::Code, Qt::AscendingOrder);
    CHECK(model.query().asOf == ardesk::Clock::today());
    const auto cell = [&](const char* code, int column, int role = Qt::DisplayRole) {
        const int row = rowOfCode(model, QString::fromLatin1(code));
        REQUIRE(row >= 0);
        return model.index(row, column).data(role);
    };
    using Model = CustomerListModel;

    const auto [code, balance, balanceMinor, overdue, overdueMinor, oldest] =
        GENERATE(table<const char*, const char*, qint64, const char*, qint64, QDate>({
            {"C0001", "15,000.00", 1500000, "10,000.00", 1000000, QDate(2020, 1, 31)},
            {"C0002", "-50.00", -5000, "", 0, QDate()},
            {"C0003", "600", 600, "600", 600, QDate(2020, 3, 2)},
            {"C0004", "0.00", 0, "", 0, QDate()},
        }));
    INFO(code);
    CHECK(cell(code, Model::Balance).toString() == QString::fromUtf8(balance));
    CHECK(cell(code, Model::Balance, Model::SortRole).toLongLong() == balanceMinor);
    CHECK(cell(code, Model::Overdue).toString() == QString::fromUtf8(overdue));
    CHECK(cell(code, Model::Overdue, Model::SortRole).toLongLong() == overdueMinor);
    CHECK(cell(code, Model::OldestDue, Model::SortRole).toDate() == oldest);
    CHECK(cell(code, Model::OldestDue).toString() ==
          (oldest.isValid() ? english.toString(oldest, QLocale::ShortFormat) : QString()));
    // Overdue amounts stand out; nothing else is coloured.
    CHECK(cell(code, Model::Overdue, Qt::ForegroundRole).canConvert<QBrush>() ==
          (overdueMinor > 0));
    CHECK_FALSE(cell(code, Model::Balance, Qt::ForegroundRole).isValid());
    CHECK(cell(code, Model::Balance, Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(cell(code, Model::Overdue, Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));

    // Only Zephyr owes more than its limit: bold, with the limit in the tooltip.
    const bool overLimit = std::string_view(code) == "C0001";
    CHECK(cell(code, Model::Balance, Qt::ToolTipRole).toString() ==
          (overLimit ? u"Over the credit limit of 12,345.67 EUR"_s : QString()));
    CHECK(cell(code, Model::Balance, Qt::FontRole).value<QFont>().bold() == overLimit);
    CHECK(cell(code, Model::OnHold).toString().isEmpty());
    CHECK(cell(code, Model::OnHold, Model::SortRole).toBool() == false);
}

TEST_CASE("CustomerListModel sorts and filters by the figures", "[ui][model]")
{
    const auto ledger = ledgerWithBalances();
    auto session = openSession(*ledger);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLedger(session->path());
    using Model = CustomerListModel;

    CHECK(model.headerData(Model::Balance, Qt::Horizontal).toString() == u"Balance"_s);
    CHECK(model.headerData(Model::Overdue, Qt::Horizontal).toString() == u"Overdue"_s);
    CHECK(model.headerData(Model::OldestDue, Qt::Horizontal).toString() == u"Oldest Due"_s);
    CHECK(model.headerData(Model::OnHold, Qt::Horizontal).toString() == u"On Hold"_s);

    // Ties (nothing overdue, no open item) go by code in the same direction.
    const auto [column, order, firstCodes] = GENERATE(table<int, Qt::SortOrder, const char*>({
        {Model::Balance, Qt::DescendingOrder, "C0001 C0003"},
        {Model::Balance, Qt::AscendingOrder, "C0002 C0004"},
        {Model::Overdue, Qt::DescendingOrder, "C0001 C0003 C0010"},
        {Model::OldestDue, Qt::AscendingOrder, "C0001 C0003 C0002"},
        {Model::CreditLimit, Qt::DescendingOrder, "C0001 C0003 C0010"},
    }));
    INFO("column " << column);
    model.sort(column, order);
    CHECK(model.sortColumn() == column);
    CHECK(model.sortOrder() == order);
    const QStringList expected = QString::fromLatin1(firstCodes).split(u' ');
    CHECK(allCodes(model).mid(0, expected.size()) == expected);

    SECTION("the filter keeps the order")
    {
        CustomerQuery query = model.query();
        query.filter = CustomerQuery::Filter::WithBalance;
        model.setQuery(query);
        REQUIRE(waitForCount(model));
        CHECK(model.matchingCount() == 3);
        QStringList codes = allCodes(model);
        CHECK(codes.size() == 3);
        codes.sort();
        CHECK(codes == QStringList{u"C0001"_s, u"C0002"_s, u"C0003"_s});

        query.filter = CustomerQuery::Filter::Overdue;
        model.setQuery(query);
        codes = allCodes(model);
        codes.sort();
        CHECK(codes == QStringList{u"C0001"_s, u"C0003"_s});

        query.filter = CustomerQuery::Filter::OverLimit;
        model.setQuery(query);
        CHECK(allCodes(model) == QStringList{u"C0001"_s});

        query.filter = CustomerQuery::Filter::OnHold;
        model.setQuery(query);
        REQUIRE(waitForCount(model));
        CHECK(model.rowCount() == 0);
    }
}

TEST_CASE("The Show filter and the figure columns of the customers page", "[ui][page]")
{
    const auto ledger = ledgerWithBalances();
    auto session = openSession(*ledger);
    ardesk::CustomersPage page;
    page.setSession(session.get());
    page.resize(1200, 600);
    page.show();

    auto* filter = page.findChild<QComboBox*>(u"customerFilterComboBox"_s);
    auto* table = page.findChild<QTableView*>(u"customersTableView"_s);
    REQUIRE(filter);
    REQUIRE(table);
    QAbstractItemModel* model = table->model();
    REQUIRE(waitForCount(*page.model()));
    CHECK(model->rowCount() == 10);
    CHECK(filter->currentText() == u"All"_s);

    // The keyboard picks the filter: Down from All to With balance, then Overdue.
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    REQUIRE(waitForCount(*page.model()));
    CHECK(model->rowCount() == 3);
    CHECK(page.statusText() == u"Customers: 3 of 10"_s);
    QTest::keyClick(filter, Qt::Key_Down);
    REQUIRE(waitForCount(*page.model()));
    REQUIRE(model->rowCount() == 2);

    // A click on the Overdue header sorts the filtered list by it.
    table->sortByColumn(CustomerListModel::Overdue, Qt::DescendingOrder);
    REQUIRE(waitForCount(*page.model()));
    CHECK(table->horizontalHeader()->sortIndicatorSection() == CustomerListModel::Overdue);
    CHECK(model->index(0, CustomerListModel::Code).data().toString() == u"C0001"_s);
    CHECK(model->index(1, CustomerListModel::Code).data().toString() == u"C0003"_s);

    // On hold: nobody, and the empty list says which filter found nothing.
    QTest::keyClick(filter, Qt::Key_Down);
    REQUIRE(waitForCount(*page.model()));
    CHECK(model->rowCount() == 0);
    auto* emptyLabel = page.findChild<QLabel*>(u"emptyStateLabel"_s);
    REQUIRE(emptyLabel);
    CHECK(emptyLabel->isVisible());
    CHECK(emptyLabel->text().contains(u"“On hold”"_s));

    // A new session (as after an entry elsewhere) shows everyone again, as of today.
    page.setSession(session.get());
    CHECK(filter->currentText() == u"All"_s);
    REQUIRE(waitForCount(*page.model()));
    CHECK(model->rowCount() == 10);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == CustomerListModel::Overdue);
}
