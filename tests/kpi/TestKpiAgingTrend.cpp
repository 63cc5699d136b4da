// The dashboard's aging by month end (KpiService::monthlyAging): one ledger read for every
// month, checked against the aging report run separately as of each month end.

#include <catch2/catch.hpp>

#include "KpiTable.h"
#include "aging/AgingService.h"
#include "demo/DemoLedgerGenerator.h"
#include "domain/IsoDate.h"
#include "kpi/KpiService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::agingOptions;
using ardesk::test::day;
using ardesk::test::ServiceLedger;

TEST_CASE("The aging by month end equals the aging report at each month end", "[kpi][aging-trend]")
{
    // A generated company (18 months before 2025-03-14: payments on time, late, partial,
    // unlinked and over the amount, credit notes), so 14 months cover empty and busy months.
    ServiceLedger ledger;
    DemoParameters parameters;
    parameters.customers = 30;
    parameters.invoices = 600;
    parameters.seed = 11;
    parameters.today = day("2025-03-14");
    const QString path = ledger.dir() + u"/demo.ardesk"_s;
    const auto built = DemoLedgerGenerator::buildLedger(path, u"Demo"_s,
                                                        ardesk::test::currency(u"EUR"), parameters);
    if (!built)
        FAIL(built.error().detail.toStdString());
    auto database = Database::open(path);
    if (!database)
        FAIL(database.error().detail.toStdString());

    const auto edges = GENERATE(u"30,60,90"_s, u"15,45"_s, u"7,14,21,28,60,120"_s);
    INFO("buckets " << edges.toStdString());
    const auto buckets = AgingBuckets::parse(edges);
    REQUIRE(buckets.has_value());

    KpiService service(**database);
    // An end date in the middle of the month: the month still ends on its last day.
    const auto trend = service.monthlyAging(day("2025-03-14"), 24, *buckets);
    REQUIRE(trend.has_value());
    REQUIRE(trend->points.size() == 24);
    CHECK(trend->buckets.edges() == buckets->edges());
    CHECK(trend->points.front().monthEnd == day("2023-04-30"));
    CHECK(trend->points.back().monthEnd == day("2025-03-31"));
    const auto series = service.monthlySeries(day("2025-03-14"), 24);
    REQUIRE(series.has_value());
    CHECK(trend->currency == series->currency);
    CHECK(trend->leftOutCurrencies == series->leftOutCurrencies);

    AgingService aging(**database);
    int monthsWithOverdue = 0;
    for (qsizetype i = 0; i < trend->points.size(); ++i) {
        const AgingTrendPoint& point = trend->points[i];
        const QByteArray asOf = IsoDate::format(point.monthEnd).toLatin1();
        INFO("month end " << asOf.constData());
        const auto summary =
            aging.summary(agingOptions(asOf.constData(), AgingBasis::DueDate, edges));
        REQUIRE(summary.has_value());
        QList<qint64> expected(buckets->count(), 0);
        for (const AgingSummaryRow& total : summary->totals) {
            if (total.currency == trend->currency)
                expected = total.bucketsMinor;
        }
        CHECK(point.bucketsMinor == expected);

        // The buckets add up to the month's receivables, and the current one is current AR.
        qint64 sum = 0;
        for (qint64 amount : point.bucketsMinor)
            sum += amount;
        CHECK(sum == series->points[i].arMinor);
        CHECK(point.bucketsMinor.value(0) == series->points[i].currentArMinor);
        if (sum != point.bucketsMinor.value(0))
            ++monthsWithOverdue;
    }
    // Not a vacuous comparison: most months have something overdue in some later bucket.
    CHECK(monthsWithOverdue >= 12);

    // The dashboard's single read gives both charts exactly as the two separate calls do.
    const auto trends = service.monthlyTrends(day("2025-03-14"), 24, *buckets);
    REQUIRE(trends.has_value());
    REQUIRE(trends->aging.points.size() == trend->points.size());
    REQUIRE(trends->kpis.points.size() == series->points.size());
    for (qsizetype i = 0; i < trend->points.size(); ++i) {
        CHECK(trends->aging.points[i].monthEnd == trend->points[i].monthEnd);
        CHECK(trends->aging.points[i].bucketsMinor == trend->points[i].bucketsMinor);
        CHECK(trends->kpis.points[i].arMinor == series->points[i].arMinor);
        CHECK(trends->kpis.points[i].creditSalesMinor == series->points[i].creditSalesMinor);
        CHECK(trends->kpis.points[i].dso == series->points[i].dso);
        CHECK(trends->kpis.points[i].cei == series->points[i].cei);
    }
}

TEST_CASE("The aging by month end refuses a missing month or length", "[kpi][aging-trend]")
{
    ServiceLedger ledger;
    KpiService service(ledger.database());
    CHECK_FALSE(service.monthlyAging(QDate(), 12, AgingBuckets::standard()).has_value());
    CHECK_FALSE(service.monthlyAging(day("2025-01-31"), 0, AgingBuckets::standard()).has_value());
    CHECK_FALSE(service.monthlyTrends(QDate(), 12, AgingBuckets::standard()).has_value());

    const auto empty = service.monthlyAging(day("2025-01-31"), 3, AgingBuckets::standard());
    REQUIRE(empty.has_value());
    REQUIRE(empty->points.size() == 3);
    for (const AgingTrendPoint& point : empty->points)
        CHECK(point.bucketsMinor == QList<qint64>(AgingBuckets::standard().count(), 0));
}
