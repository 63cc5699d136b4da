#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "UiTestLedger.h"
#include "common/LedgerSession.h"
#include "domain/CurrencyCode.h"
#include "models/CustomerListModel.h"
#include "services/LedgerCreator.h"
#include "support/TestLedger.h"
#include "views/CustomersPage.h"

using namespace Qt::StringLiterals;
using ardesk::CustomerListModel;
using ardesk::CustomerQuery;

namespace {

std::unique_ptr<ardesk::LedgerSession> openSession(const ardesk::test::UiTestLedger& ledger)
{
    auto session = ardesk::LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

void fetchAll(CustomerListModel& model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

QStringList column(const CustomerListModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

int rowOfCode(const CustomerListModel& model, const QString& code)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CustomerListModel::Code).data().toString() == code)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("CustomerListModel reads customers a page at a time", "[ui][model]")
{
    const ardesk::test::UiTestLedger ledger;
    auto session = openSession(ledger);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));

    model.setService(&session->customers());
    CHECK(model.columnCount() == CustomerListModel::ColumnCount);
    CHECK(model.matchingCount() == ledger.customers());
    CHECK(model.rowCount() == CustomerListModel::pageSize);
    REQUIRE(model.canFetchMore(QModelIndex()));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 2 * CustomerListModel::pageSize);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toInt() == CustomerListModel::pageSize);
    CHECK(inserted.at(0).at(2).toInt() == 2 * CustomerListModel::pageSize - 1);

    fetchAll(model);
    CHECK(model.rowCount() == ledger.customers());
    CHECK_FALSE(model.canFetchMore(QModelIndex()));

    // Every customer exactly once across the pages.
    QStringList codes = column(model, CustomerListModel::Code);
    codes.sort();
    CHECK(codes.removeDuplicates() == 0);
    CHECK(codes.size() == ledger.customers());

    model.setService(nullptr);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
}

TEST_CASE("CustomerListModel sorts in the database", "[ui][model]")
{
    const ardesk::test::UiTestLedger ledger;
    auto session = openSession(ledger);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setService(&session->customers());

    SECTION("by name, ascending and descending, across pages")
    {
        model.sort(CustomerListModel::Name, Qt::AscendingOrder);
        fetchAll(model);
        const QStringList ascending = column(model, CustomerListModel::Name);
        REQUIRE(ascending.size() == ledger.customers());
        // Plain code-point order: "100% ..." first, the umlaut after every ASCII name.
        CHECK(std::is_sorted(ascending.begin(), ascending.end()));
        CHECK(ascending.first() == u"100% Organic_Foods"_s);
        CHECK(ascending.last() == u"Ärzte Bedarf"_s);

        model.sort(CustomerListModel::Name, Qt::DescendingOrder);
        CHECK(model.sortOrder() == Qt::DescendingOrder);
        CHECK(model.rowCount() == CustomerListModel::pageSize);
        fetchAll(model);
        const QStringList descending = column(model, CustomerListModel::Name);
        CHECK(std::is_sorted(descending.rbegin(), descending.rend()));
        CHECK(descending.first() == u"Ärzte Bedarf"_s);
        CHECK(descending.last() == u"100% Organic_Foods"_s);
    }

    SECTION("by code")
    {
        model.sort(CustomerListModel::Code, Qt::DescendingOrder);
        CHECK(model.sortColumn() == CustomerListModel::Code);
        CHECK(model.index(0, CustomerListModel::Code).data().toString() ==
              u"C%1"_s.arg(ledger.customers(), 4, 10, QChar(u'0')));
        model.sort(CustomerListModel::Code, Qt::AscendingOrder);
        CHECK(model.index(0, CustomerListModel::Code).data().toString() == u"C0001"_s);
    }

    SECTION("columns the database does not sort by leave the order alone")
    {
        model.sort(CustomerListModel::Code, Qt::AscendingOrder);
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
    model.setService(&session->customers());

    CustomerQuery query;
    query.search = u"ZEPHYR"_s;
    model.setQuery(query);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.matchingCount() == 1);
    CHECK(model.index(0, CustomerListModel::Name).data().toString() == u"Zephyr Bakery"_s);

    // LIKE wildcards in the search are taken literally.
    query.search = u"0% Organic_"_s;
    model.setQuery(query);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CustomerListModel::Code).data().toString() == u"C0002"_s);

    query.search = u"C000"_s; // codes C0001 to C0009
    model.setQuery(query);
    CHECK(model.rowCount() == 9);

    query.search = u"no such customer"_s;
    model.setQuery(query);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
}

TEST_CASE("CustomerListModel formats money and terms for display", "[ui][model]")
{
    const ardesk::test::UiTestLedger ledger;
    auto session = openSession(ledger);
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setService(&session->customers());
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
    REQUIRE(model->rowCount() == CustomerListModel::pageSize);
    CHECK(page.statusText().contains(QLocale().toString(ledger.customers())));

    QTest::keyClicks(search, u"zephyr"_s);
    // Not one query per key: nothing changes until the typing pauses.
    CHECK(model->rowCount() == CustomerListModel::pageSize);
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 1; },
                            10 * ardesk::CustomersPage::searchDelayMs));
    CHECK(model->index(0, CustomerListModel::Name).data().toString() == u"Zephyr Bakery"_s);
    CHECK(page.statusText() == u"Customers: 1 of "_s + QLocale().toString(ledger.customers()));

    SECTION("Return filters at once")
    {
        search->clear();
        QTest::keyClicks(search, u"tokyo"_s);
        QTest::keyClick(search, Qt::Key_Return);
        REQUIRE(model->rowCount() == 1);
        CHECK(model->index(0, CustomerListModel::Code).data().toString() == u"C0003"_s);
    }

    SECTION("Escape clears the search")
    {
        QTest::keyClick(search, Qt::Key_Escape);
        CHECK(search->text().isEmpty());
        CHECK(model->rowCount() == CustomerListModel::pageSize);
    }

    SECTION("the header sorts through the model")
    {
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        table->sortByColumn(CustomerListModel::Code, Qt::DescendingOrder);
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
    CHECK(emptyLabel->isVisible());
    CHECK(emptyLabel->text().contains(u"no customers yet"_s));
    CHECK(page.statusText() == u"Customers: 0"_s);

    auto* search = page.findChild<QLineEdit*>(u"searchLineEdit"_s);
    REQUIRE(search);
    QTest::keyClicks(search, u"acme"_s);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(emptyLabel->isVisible());
    CHECK(emptyLabel->text().contains(u"“acme”"_s));

    page.setSession(nullptr);
    CHECK_FALSE(emptyLabel->isVisible());
    CHECK(search->text().isEmpty());
}
