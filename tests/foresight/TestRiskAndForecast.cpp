// Customer risk (score, grade, reasons) and the cash-in forecast (docs/contract.md, part 2,
// "Foresight").

#include <catch2/catch.hpp>

#include "GeneratedLedger.h"
#include "exports/ForesightCsvExporter.h"
#include "foresight/ForesightService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::GeneratedLedger;
using ardesk::test::ServiceLedger;

namespace {

GeneratedLedger twoHabits()
{
    using G = GeneratedLedger;
    GeneratedLedger generated;
    generated.addCustomer(u"GOOD"_s, 30, day("2025-01-02"), 60, 6,
                          [](std::mt19937& r, int, int) { return G::uniform(r, -3, 0); });
    generated.addCustomer(u"SLOW"_s, 30, day("2025-01-02"), 60, 6,
                          [](std::mt19937& r, int, int) { return G::uniform(r, 35, 45); });
    return generated;
}

const CustomerRisk& riskOf(const QList<CustomerRisk>& rows, const QString& code)
{
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const CustomerRisk& row) {
        return row.customerCode == code;
    });
    REQUIRE(found != rows.end());
    return *found;
}

} // namespace

TEST_CASE("A customer who pays 40 days late is graded riskier than a punctual one",
          "[foresight][risk]")
{
    ServiceLedger ledger;
    twoHabits().load(ledger, day("2025-12-31"));
    const auto rows = ForesightService(ledger.database()).risk(day("2025-12-31"));
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == 2);
    CHECK(rows->first().customerCode == u"SLOW"_s); // riskiest first
    const CustomerRisk& slow = riskOf(*rows, u"SLOW"_s);
    const CustomerRisk& good = riskOf(*rows, u"GOOD"_s);
    CHECK(slow.score >= 60);
    CHECK((slow.grade == u'D' || slow.grade == u'E'));
    CHECK(good.score < 20);
    CHECK(good.grade == u'A');
    CHECK(slow.expectedDaysLate == Approx(40).margin(6));
    CHECK(good.expectedDaysLate == 0);
    const QString slowReasons = ForesightCsvExporter::reasons(slow.reasons);
    CHECK(slowReasons.contains(u"pays 40 days late on average"_s));
    CHECK(slowReasons.contains(u"paid late "_s));
    CHECK(ForesightCsvExporter::reasons(good.reasons).contains(u"pays on time"_s));
    CHECK(slow.reasons.size() <= 3);
}

TEST_CASE("The amount at risk adds each open item times its chance of being paid late",
          "[foresight][risk]")
{
    ServiceLedger ledger;
    twoHabits().load(ledger, day("2025-12-31"));
    ForesightService foresight(ledger.database());
    const auto rows = foresight.risk(day("2025-12-31"));
    const auto predictions = foresight.predict(day("2025-12-31"));
    REQUIRE(rows.has_value());
    REQUIRE(predictions.has_value());
    for (const CustomerRisk& row : *rows) {
        INFO(row.customerCode.toStdString());
        double expected = 0;
        for (const Prediction& prediction : *predictions) {
            if (prediction.customerId == row.customerId)
                expected += static_cast<double>(prediction.openMinor) * prediction.pLate;
        }
        CHECK(row.atRiskMinor >= 0);
        CHECK(row.atRiskMinor <= row.openMinor);
        // Exact sums of parts per million round to the same minor unit as this estimate, give
        // or take one per item.
        CHECK(static_cast<double>(row.atRiskMinor) ==
              Approx(expected).margin(static_cast<double>(predictions->size())));
    }
    // The slow payer's open amount is mostly at risk, the punctual one's hardly.
    const CustomerRisk& slow = riskOf(*rows, u"SLOW"_s);
    const CustomerRisk& good = riskOf(*rows, u"GOOD"_s);
    CHECK(slow.atRiskMinor * 2 > slow.openMinor);
    CHECK(good.atRiskMinor * 4 < good.openMinor);
}

TEST_CASE("Risk grades cut the score at 20, 40, 60 and 80", "[foresight][risk]")
{
    CHECK(riskGrade(0) == u'A');
    CHECK(riskGrade(19) == u'A');
    CHECK(riskGrade(20) == u'B');
    CHECK(riskGrade(59) == u'C');
    CHECK(riskGrade(60) == u'D');
    CHECK(riskGrade(80) == u'E');
    CHECK(riskGrade(100) == u'E');
}

TEST_CASE("The forecast spreads the open amount over the periods it is expected in",
          "[foresight][forecast]")
{
    ServiceLedger ledger;
    twoHabits().load(ledger, day("2025-12-31"));
    ForesightService service(ledger.database());
    const auto open = service.predict(day("2025-12-31"));
    REQUIRE(open.has_value());
    qint64 total = 0;
    for (const Prediction& prediction : *open)
        total += prediction.openMinor;

    const auto weeks = service.forecast(day("2025-12-31"), ForecastPeriod::Week, 26);
    REQUIRE(weeks.has_value());
    REQUIRE(weeks->size() == 26); // one currency
    CHECK(weeks->first().start == day("2026-01-01"));
    CHECK(weeks->first().end == day("2026-01-07"));
    CHECK(weeks->at(1).start == day("2026-01-08"));
    qint64 contractual = 0;
    qint64 expected = 0;
    for (const ForecastRow& row : *weeks) {
        CHECK(row.currency == u"EUR"_s);
        CHECK(row.lowMinor <= row.expectedMinor);
        CHECK(row.expectedMinor <= row.highMinor);
        contractual += row.contractualMinor;
        expected += row.expectedMinor;
    }
    // Half a year covers every due date and every expected payment (the slow customer's
    // 45 days late at most), up to rounding and the pool's long tail.
    CHECK(contractual == total);
    CHECK(double(expected) == Approx(double(total)).epsilon(0.03));
    // The slow customer's money comes weeks after its due dates: less expected than due in
    // the first weeks.
    CHECK(weeks->first().expectedMinor < weeks->first().contractualMinor);

    const auto months = service.forecast(day("2025-12-31"), ForecastPeriod::Month, 3);
    REQUIRE(months.has_value());
    REQUIRE(months->size() == 3);
    CHECK(months->at(0).start == day("2026-01-01"));
    CHECK(months->at(0).end == day("2026-01-31"));
    CHECK(months->at(1).end == day("2026-02-28"));
    const auto midMonth = service.forecast(day("2025-12-10"), ForecastPeriod::Month, 2);
    REQUIRE(midMonth.has_value());
    CHECK(midMonth->at(0).start == day("2025-12-11"));
    CHECK(midMonth->at(0).end == day("2025-12-31"));
    CHECK(midMonth->at(1).start == day("2026-01-01"));
}
