// Foresight in the desktop app: each customer's risk grade in the customer list (sortable,
// reasons in the tool tip) and in the customer detail, and each open item's predicted pay date
// in the invoice list and the customer detail, all as ForesightService computes them.

#include <catch2/catch.hpp>

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include "DefaultLocale.h"
#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "dialogs/CustomerDetailDialog.h"
#include "domain/Clock.h"
#include "foresight/ForesightService.h"
#include "models/CustomerListModel.h"
#include "models/CustomerOpenItemsModel.h"
#include "models/InvoiceListModel.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "views/CustomersPage.h"
#include "views/InvoicesPage.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::DefaultLocale;
using ardesk::test::UiTestLedger;

namespace {

constexpr int loadTimeoutMs = 20'000;
const QDate today(2026, 11, 23);

// Ten monthly invoices of 100.00 each in 2025 to Zephyr Bakery (C0001), paid a day before
// due, and to Ärzte Bedarf (C0004), paid 40 days late; then one open invoice of 500.00 each,
// due 2026-11-30.
void loadHistories(UiTestLedger& ledger)
{
    QByteArray invoices = "invoice_number,customer_id,issue_date,due_date,amount\n";
    QByteArray payments = "payment_id,customer_id,date,amount,invoice_number\n";
    for (int month = 1; month <= 10; ++month) {
        const QDate issued(2025, month, 1);
        const QDate due = issued.addDays(30);
        for (const auto& [code, delay] : {std::pair{"C0001", -1}, std::pair{"C0004", 40}}) {
            const QByteArray number = QByteArray(code) + '-' + QByteArray::number(month);
            invoices += number + ',' + code + ',' + issued.toString(Qt::ISODate).toLatin1() + ',' +
                        due.toString(Qt::ISODate).toLatin1() + ",100.00\n";
            payments += "P-" + number + ',' + code + ',' +
                        due.addDays(delay).toString(Qt::ISODate).toLatin1() + ",100.00," + number +
                        '\n';
        }
    }
    invoices += "OPEN-Z,C0001,2026-10-31,2026-11-30,500.00\n"
                "OPEN-A,C0004,2026-10-31,2026-11-30,500.00\n";
    ledger.load(ImportKind::Invoices, invoices);
    ledger.load(ImportKind::Payments, payments);
}

std::unique_ptr<LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

ForesightOverview overview(const UiTestLedger& ledger)
{
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    auto both = ForesightService(**database).overview(today);
    REQUIRE(both.has_value());
    return *both;
}

const Prediction& predictionOf(const ForesightOverview& overview, const QString& document)
{
    const auto found =
        std::find_if(overview.predictions.begin(), overview.predictions.end(),
                     [&](const Prediction& prediction) { return prediction.document == document; });
    REQUIRE(found != overview.predictions.end());
    return *found;
}

const CustomerRisk& riskOf(const ForesightOverview& overview, const QString& code)
{
    const auto found =
        std::find_if(overview.risks.begin(), overview.risks.end(),
                     [&](const CustomerRisk& risk) { return risk.customerCode == code; });
    REQUIRE(found != overview.risks.end());
    return *found;
}

// The column's texts, top to bottom, of the rows the view holds.
// The column of the list's current query, once its count and pages have arrived.
QStringList column(const ardesk::PagedListModel& model, int column)
{
    REQUIRE(ardesk::test::waitForCount(model));
    return ardesk::test::readColumn(model, column);
}

} // namespace

TEST_CASE("The customer list grades each customer's risk and sorts by it", "[ui][foresight]")
{
    const ClockOverride clock(today);
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    UiTestLedger ledger(6);
    loadHistories(ledger);
    const ForesightOverview expected = overview(ledger);
    const CustomerRisk& late = riskOf(expected, u"C0004"_s);
    const CustomerRisk& punctual = riskOf(expected, u"C0001"_s);
    REQUIRE(late.score > punctual.score);

    auto session = openSession(ledger);
    CustomersPage page;
    page.setSession(session.get());
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return !page.isBusy(); }, loadTimeoutMs));
    const CustomerListModel& model = *page.model();
    QStringList codes = column(model, CustomerListModel::Code);
    const QModelIndex lateRisk = model.index(codes.indexOf(u"C0004"_s), CustomerListModel::Risk);
    CHECK(lateRisk.data().toString() == QString(late.grade));
    CHECK(lateRisk.data(CustomerListModel::SortRole) == late.score);
    CHECK(lateRisk.data(Qt::ToolTipRole)
              .toString()
              .startsWith(u"Risk %1 (%2 of 100)"_s.arg(late.grade).arg(late.score)));
    CHECK(lateRisk.data(Qt::ToolTipRole).toString().contains(u"late"_s));
    CHECK(model.index(codes.indexOf(u"C0001"_s), CustomerListModel::Risk).data().toString() ==
          QString(punctual.grade));
    // Nothing open: no grade.
    CHECK(model.index(codes.indexOf(u"C0002"_s), CustomerListModel::Risk).data().toString() ==
          QString());

    auto* view = page.findChild<QTableView*>(u"customersTableView"_s);
    REQUIRE(view);
    CHECK(CustomerListModel::isSortable(CustomerListModel::Risk));
    view->sortByColumn(CustomerListModel::Risk, Qt::DescendingOrder);
    codes = column(model, CustomerListModel::Code);
    REQUIRE(codes.size() == 6);
    CHECK(codes.mid(0, 2) == QStringList{u"C0004"_s, u"C0001"_s});
    CHECK(view->horizontalHeader()->sortIndicatorSection() == CustomerListModel::Risk);

    // Read again (after an entry, say), the list keeps its risk order once the grades are in.
    page.setSession(session.get());
    REQUIRE(QTest::qWaitFor([&] { return !page.isBusy(); }, loadTimeoutMs));
    CHECK(column(model, CustomerListModel::Code).mid(0, 2) == QStringList{u"C0004"_s, u"C0001"_s});
}

TEST_CASE("The invoice list shows when each open invoice is expected to be paid", "[ui][foresight]")
{
    const ClockOverride clock(today);
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    UiTestLedger ledger(6);
    loadHistories(ledger);
    const ForesightOverview expected = overview(ledger);
    const Prediction& late = predictionOf(expected, u"OPEN-A"_s);
    const Prediction& punctual = predictionOf(expected, u"OPEN-Z"_s);
    // About 40 days after the due date, and about the due date.
    CHECK(QDate(2026, 11, 30).daysTo(late.payDate) > 25);
    CHECK(std::abs(QDate(2026, 11, 30).daysTo(punctual.payDate)) <= 5);

    auto session = openSession(ledger);
    InvoicesPage page;
    page.setSession(session.get());
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return !page.isBusy(); }, loadTimeoutMs));
    InvoiceListModel& model = *page.model();
    const QStringList numbers = column(model, InvoiceListModel::Number);
    const QLocale english;
    const QModelIndex lateDate =
        model.index(numbers.indexOf(u"OPEN-A"_s), InvoiceListModel::ExpectedPayment);
    CHECK(lateDate.data().toString() == english.toString(late.payDate, QLocale::ShortFormat));
    CHECK(lateDate.data(InvoiceListModel::SortRole) == late.payDate);
    CHECK(lateDate.data(Qt::ToolTipRole)
              .toString()
              .contains(u"chance of paying late: %1%"_s.arg(qRound(late.pLate * 100))));
    CHECK(model.index(numbers.indexOf(u"OPEN-Z"_s), InvoiceListModel::ExpectedPayment)
              .data()
              .toString() == english.toString(punctual.payDate, QLocale::ShortFormat));
    // A paid invoice has nothing to predict.
    CHECK(model.index(numbers.indexOf(u"C0004-3"_s), InvoiceListModel::ExpectedPayment)
              .data()
              .toString()
              .isEmpty());
    // The database cannot sort by a prediction: the order stays as it was.
    CHECK_FALSE(InvoiceListModel::isSortable(InvoiceListModel::ExpectedPayment));
    const int before = model.sortColumn();
    model.sort(InvoiceListModel::ExpectedPayment);
    CHECK(model.sortColumn() == before);
}

TEST_CASE("The customer detail shows the customer's risk and its items' expected payment",
          "[ui][foresight]")
{
    const ClockOverride clock(today);
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    UiTestLedger ledger(6);
    loadHistories(ledger);
    const ForesightOverview expected = overview(ledger);
    const CustomerRisk& risk = riskOf(expected, u"C0004"_s);
    const Prediction& open = predictionOf(expected, u"OPEN-A"_s);

    auto session = openSession(ledger);
    CustomerDetailDialog dialog(*session, CustomerId{risk.customerId}, today);
    auto* riskLabel = dialog.findChild<QLabel*>(u"riskValueLabel"_s);
    REQUIRE(riskLabel);
    REQUIRE(QTest::qWaitFor([&] { return !riskLabel->text().isEmpty(); }, loadTimeoutMs));
    CHECK(riskLabel->text() == u"%1 (%2)"_s.arg(risk.grade).arg(risk.score));
    CHECK(riskLabel->toolTip().contains(u"late"_s));

    auto* items = dialog.findChild<QTableView*>(u"openItemsTableView"_s);
    REQUIRE(items);
    REQUIRE(items->model()->rowCount() == 1);
    const QModelIndex expectedDate =
        items->model()->index(0, CustomerOpenItemsModel::ExpectedPayment);
    CHECK(expectedDate.data().toString() == QLocale().toString(open.payDate, QLocale::ShortFormat));
    CHECK(expectedDate.data(Qt::ToolTipRole).toString().startsWith(u"Expected to be paid on"_s));
}
