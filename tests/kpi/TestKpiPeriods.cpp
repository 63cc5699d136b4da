// KPI periods (spec, Settled details / KPIs: calendar months, quarters or years clipped to
// [from, to]; days count both ends; N is the number of calendar months a period touches), the
// ratio format, and the dashboard series against the report.

#include <catch2/catch.hpp>

#include <limits>

#include "KpiTable.h"
#include "aging/AgingService.h"
#include "demo/DemoLedgerGenerator.h"
#include "domain/IsoDate.h"
#include "exports/KpiCsvExporter.h"
#include "kpi/KpiService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::agingOptions;
using ardesk::test::day;
using ardesk::test::kpiReport;
using ardesk::test::kpiRows;
using ardesk::test::ServiceLedger;

namespace {

// "start..end" of every period, separated by spaces.
std::string describe(const QList<KpiService::Period>& periods)
{
    std::string out;
    for (const KpiService::Period& period : periods) {
        if (!out.empty())
            out += ' ';
        const QString range = IsoDate::format(period.start) + u".."_s + IsoDate::format(period.end);
        out += range.toStdString();
    }
    return out;
}

} // namespace

TEST_CASE("Periods are calendar periods clipped to the range", "[kpi][periods]")
{
    const auto [period, from, to, expected] =
        GENERATE(table<KpiPeriod, const char*, const char*, const char*>({
            {KpiPeriod::Month, "2024-11-15", "2025-02-10",
             "2024-11-15..2024-11-30 2024-12-01..2024-12-31 2025-01-01..2025-01-31 "
             "2025-02-01..2025-02-10"},
            {KpiPeriod::Month, "2024-02-01", "2024-02-29", "2024-02-01..2024-02-29"},
            {KpiPeriod::Month, "2025-03-05", "2025-03-05", "2025-03-05..2025-03-05"},
            {KpiPeriod::Quarter, "2024-11-15", "2025-02-10",
             "2024-11-15..2024-12-31 2025-01-01..2025-02-10"},
            {KpiPeriod::Quarter, "2025-01-01", "2025-12-31",
             "2025-01-01..2025-03-31 2025-04-01..2025-06-30 2025-07-01..2025-09-30 "
             "2025-10-01..2025-12-31"},
            {KpiPeriod::Year, "2023-06-30", "2025-01-01",
             "2023-06-30..2023-12-31 2024-01-01..2024-12-31 2025-01-01..2025-01-01"},
            {KpiPeriod::Whole, "2023-06-30", "2025-01-01", "2023-06-30..2025-01-01"},
        }));
    INFO("from " << from << " to " << to);
    CHECK(describe(KpiService::periods(day(from), day(to), period)) == expected);
}

TEST_CASE("Days count both ends and N counts the calendar months touched", "[kpi][periods]")
{
    // January 31 to February 1 is 2 days in 2 months: dso = 1,100 / 600 × 2 = 3.67 and
    // CEI = (1,000 + 600 / 2 − 1,100) / (1,000 + 600 / 2 − 600) = 28.57 (with N = 1 it would be
    // 50.00). The countback starts with February 1 alone (1 day, no sales), then January:
    // 1 + 1,100 / 1,600 × 31 = 22.31. As months, the same range is two one-day periods.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-10,2025-01-20,1000.00\n"
                                      "INV-2,C1,2025-01-31,2025-03-02,600.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-02-01,500.00,INV-1\n");
    CHECK(kpiRows(ledger, "2025-01-31", "2025-02-01", KpiPeriod::Whole) ==
          "2025-01-31,2025-02-01,600.00,1000.00,1100.00,600.00,3.67,22.31,2.00,1.67,28.57\n");
    CHECK(kpiRows(ledger, "2025-01-31", "2025-02-01") ==
          "2025-01-31,2025-01-31,600.00,1000.00,1600.00,600.00,2.67,31.00,1.00,1.67,0.00\n"
          "2025-02-01,2025-02-01,0.00,1600.00,1100.00,600.00,,22.31,,,50.00\n");
    // The quarter clips to the range like the months do.
    CHECK(kpiRows(ledger, "2025-01-31", "2025-02-01", KpiPeriod::Quarter) ==
          kpiRows(ledger, "2025-01-31", "2025-02-01", KpiPeriod::Whole));
}

TEST_CASE("A leap February has 29 days", "[kpi][periods]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2024-02-01,2024-03-31,100.00\n");
    CHECK(kpiRows(ledger, "2024-02-01", "2024-02-29", KpiPeriod::Year) ==
          "2024-02-01,2024-02-29,100.00,0.00,100.00,100.00,29.00,29.00,29.00,0.00,\n");
}

TEST_CASE("Ratios are written with two decimals and their sign", "[kpi][csv]")
{
    const auto [hundredths, text] = GENERATE(table<qint64, const char*>({
        {0, "0.00"},
        {5, "0.05"},
        {-5, "-0.05"},
        {-50, "-0.50"},
        {-1234, "-12.34"},
        {5593, "55.93"},
        {100000, "1000.00"},
        {std::numeric_limits<qint64>::min(), "-92233720368547758.08"},
    }));
    CHECK(KpiCsvExporter::formatRatio(Hundredths{hundredths}) == QString::fromLatin1(text));
    CHECK(KpiCsvExporter::formatRatio(std::nullopt).isEmpty());
}

TEST_CASE("Invalid ranges are refused", "[kpi]")
{
    ServiceLedger ledger;
    KpiService service(ledger.database());
    const auto backwards = service.report({.from = day("2025-02-01"), .to = day("2025-01-31")});
    REQUIRE_FALSE(backwards.has_value());
    CHECK(backwards.error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(service.report({.from = QDate(), .to = day("2025-01-31")}).has_value());
    CHECK_FALSE(service.monthlySeries(day("2025-01-31"), 0).has_value());
}

TEST_CASE("The dashboard series equals the monthly report", "[kpi][series]")
{
    // A generated company (18 months of history before 2025-03-14: payments on time, late,
    // partial and unlinked, credit notes), so 24 months reach back before the first sale.
    ServiceLedger ledger;
    DemoParameters parameters;
    parameters.customers = 30;
    parameters.invoices = 600;
    parameters.seed = 7;
    parameters.today = day("2025-03-14");
    const QString path = ledger.dir() + u"/demo.ardesk"_s;
    const auto built = DemoLedgerGenerator::buildLedger(path, u"Demo"_s,
                                                        ardesk::test::currency(u"EUR"), parameters);
    if (!built)
        FAIL(built.error().detail.toStdString());
    auto database = Database::open(path);
    if (!database)
        FAIL(database.error().detail.toStdString());

    KpiService service(**database);
    const auto series = service.monthlySeries(day("2025-03-14"), 24);
    REQUIRE(series.has_value());
    const auto report = service.report({.from = day("2023-04-01"), .to = day("2025-03-31")});
    REQUIRE(report.has_value());
    REQUIRE(series->points.size() == 24);
    REQUIRE(report->rows.size() == 24);
    CHECK(series->currency == report->currency);
    CHECK(series->leftOutCurrencies == report->leftOutCurrencies);

    AgingService aging(**database);
    for (qsizetype i = 0; i < 24; ++i) {
        const KpiPoint& point = series->points[i];
        const KpiRow& row = report->rows[i];
        INFO("month " << IsoDate::format(point.month).toStdString());
        CHECK(point.month == row.periodStart);
        CHECK(point.creditSalesMinor == row.creditSalesMinor);
        CHECK(point.arMinor == row.endArMinor);
        CHECK(point.currentArMinor == row.currentArMinor);
        CHECK(point.overdueMinor == row.endArMinor - row.currentArMinor);
        CHECK(point.dso == row.dso);
        CHECK(point.dsoCountback == row.dsoCountback);
        CHECK(point.bpdso == row.bpdso);
        CHECK(point.add == row.add);
        CHECK(point.cei == row.cei);

        // Cross-check with the aging report, an independent reading of the same ledger: end AR
        // is its open items without the unapplied credit, current AR its `current` bucket.
        const auto summary =
            aging.summary(agingOptions(IsoDate::format(row.periodEnd).toLatin1().constData()));
        REQUIRE(summary.has_value());
        qint64 open = 0;
        qint64 current = 0;
        for (const AgingSummaryRow& total : summary->totals) {
            if (total.currency == report->currency) {
                open = total.totalMinor - total.unappliedMinor;
                current = total.bucketsMinor.value(0);
            }
        }
        CHECK(row.endArMinor == open);
        CHECK(row.currentArMinor == current);
        if (i > 0)
            CHECK(row.beginArMinor == report->rows[i - 1].endArMinor);
    }
    // The generated history starts in 2023-09, so the first months are empty, and by March
    // 2025 there is something open.
    CHECK(report->rows.front().endArMinor == 0);
    CHECK(report->rows.back().endArMinor > 0);
}
