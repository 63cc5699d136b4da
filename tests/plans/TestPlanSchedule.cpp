// Installment schedules (spec: "Plans" and "Settled details / Plans"): without a rate,
// (total − down payment) / K rounded half-up with the last installment taking the difference;
// with a rate, equal amortized payments at rate/12, /26 or /52, the interest on the remaining
// balance rounded half-up each period and the last payment being the remaining balance plus its
// interest. The down payment is installment 0, due on the plan date. Monthly due dates keep the
// first due date's day, clamped to the month's end.

#include <catch2/catch.hpp>

#include <string>

#include "domain/Money.h"
#include "domain/PlanTerms.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;

namespace {

struct ScheduleCase {
    const char* name;
    const char16_t* currency;
    qint64 totalMinor;
    qint64 downPaymentMinor;
    int installments;
    PlanFrequency frequency;
    const char* planDate;
    const char* firstDue;
    const char16_t* annualRate; // empty: none
    // "n due_date amount" per installment, as the schedule CSV would show them.
    const char* expected;
};

// Computed by hand from the spec's formulas (tests/golden/model.py does the same in exact
// fractions); the 12 % case is the spec's own example.
const ScheduleCase scheduleCases[] = {
    {"equal split: the last installment takes the rounding cent", u"EUR", 10000, 0, 3,
     PlanFrequency::Monthly, "2025-03-01", "2025-03-15", u"",
     "1 2025-03-15 33.33\n"
     "2 2025-04-15 33.33\n"
     "3 2025-05-15 33.34\n"},
    {"equal split rounded up: the last installment is the smaller one", u"EUR", 20000, 0, 3,
     PlanFrequency::Monthly, "2025-01-10", "2025-01-10", u"",
     "1 2025-01-10 66.67\n"
     "2 2025-02-10 66.67\n"
     "3 2025-03-10 66.66\n"},
    {"down payment: installment 0 due on the plan date, the rest split", u"EUR", 102500, 10000, 3,
     PlanFrequency::Monthly, "2025-02-15", "2025-03-31", u"",
     "0 2025-02-15 100.00\n"
     "1 2025-03-31 308.33\n"
     "2 2025-04-30 308.33\n"
     "3 2025-05-31 308.34\n"},
    {"amortized 1000.00 at 12 % over 12 months (the spec's example)", u"EUR", 100000, 0, 12,
     PlanFrequency::Monthly, "2025-01-01", "2025-01-31", u"12",
     "1 2025-01-31 88.85\n"
     "2 2025-02-28 88.85\n"
     "3 2025-03-31 88.85\n"
     "4 2025-04-30 88.85\n"
     "5 2025-05-31 88.85\n"
     "6 2025-06-30 88.85\n"
     "7 2025-07-31 88.85\n"
     "8 2025-08-31 88.85\n"
     "9 2025-09-30 88.85\n"
     "10 2025-10-31 88.85\n"
     "11 2025-11-30 88.85\n"
     "12 2025-12-31 88.84\n"},
    {"amortized weekly: rate / 52 per period, due every 7 days", u"EUR", 100000, 0, 4,
     PlanFrequency::Weekly, "2025-02-24", "2025-03-03", u"5.2",
     "1 2025-03-03 250.63\n"
     "2 2025-03-10 250.63\n"
     "3 2025-03-17 250.63\n"
     "4 2025-03-24 250.61\n"},
    {"amortized biweekly: rate / 26 per period, due every 14 days", u"EUR", 260000, 0, 4,
     PlanFrequency::Biweekly, "2025-02-24", "2025-03-03", u"13",
     "1 2025-03-03 658.15\n"
     "2 2025-03-17 658.15\n"
     "3 2025-03-31 658.15\n"
     "4 2025-04-14 658.12\n"},
    {"amortized with a down payment: only the rest bears interest", u"EUR", 110000, 10000, 12,
     PlanFrequency::Monthly, "2025-01-01", "2025-01-31", u"12",
     "0 2025-01-01 100.00\n"
     "1 2025-01-31 88.85\n"
     "2 2025-02-28 88.85\n"
     "3 2025-03-31 88.85\n"
     "4 2025-04-30 88.85\n"
     "5 2025-05-31 88.85\n"
     "6 2025-06-30 88.85\n"
     "7 2025-07-31 88.85\n"
     "8 2025-08-31 88.85\n"
     "9 2025-09-30 88.85\n"
     "10 2025-10-31 88.85\n"
     "11 2025-11-30 88.85\n"
     "12 2025-12-31 88.84\n"},
    {"weekly dates run across month and year ends", u"EUR", 30000, 0, 3, PlanFrequency::Weekly,
     "2025-12-20", "2025-12-24", u"",
     "1 2025-12-24 100.00\n"
     "2 2025-12-31 100.00\n"
     "3 2026-01-07 100.00\n"},
    {"biweekly dates run across a leap day", u"EUR", 30000, 0, 3, PlanFrequency::Biweekly,
     "2028-02-01", "2028-02-15", u"",
     "1 2028-02-15 100.00\n"
     "2 2028-02-29 100.00\n"
     "3 2028-03-14 100.00\n"},
    {"monthly dates clamp to the month's end and come back: Jan 31, Feb 28, Mar 31", u"EUR", 40000,
     0, 4, PlanFrequency::Monthly, "2025-01-15", "2025-01-31", u"",
     "1 2025-01-31 100.00\n"
     "2 2025-02-28 100.00\n"
     "3 2025-03-31 100.00\n"
     "4 2025-04-30 100.00\n"},
    {"monthly dates in a leap year: Jan 31, Feb 29, Mar 31", u"EUR", 100000, 0, 3,
     PlanFrequency::Monthly, "2028-01-01", "2028-01-31", u"",
     "1 2028-01-31 333.33\n"
     "2 2028-02-29 333.33\n"
     "3 2028-03-31 333.34\n"},
    {"monthly from the 30th: February clamps, March keeps the 30th", u"EUR", 30000, 0, 3,
     PlanFrequency::Monthly, "2025-01-01", "2025-01-30", u"",
     "1 2025-01-30 100.00\n"
     "2 2025-02-28 100.00\n"
     "3 2025-03-30 100.00\n"},
    {"JPY has no minor digits: the rounding yen goes to the last installment", u"JPY", 100000, 0, 3,
     PlanFrequency::Weekly, "2025-02-15", "2025-02-20", u"",
     "1 2025-02-20 33333\n"
     "2 2025-02-27 33333\n"
     "3 2025-03-06 33334\n"},
    {"JPY amortized: interest rounded to whole yen", u"JPY", 120000, 0, 12, PlanFrequency::Monthly,
     "2025-01-01", "2025-01-10", u"12",
     "1 2025-01-10 10662\n"
     "2 2025-02-10 10662\n"
     "3 2025-03-10 10662\n"
     "4 2025-04-10 10662\n"
     "5 2025-05-10 10662\n"
     "6 2025-06-10 10662\n"
     "7 2025-07-10 10662\n"
     "8 2025-08-10 10662\n"
     "9 2025-09-10 10662\n"
     "10 2025-10-10 10662\n"
     "11 2025-11-10 10662\n"
     "12 2025-12-10 10660\n"},
    {"a zero rate is the equal split", u"EUR", 100000, 0, 6, PlanFrequency::Monthly, "2025-01-01",
     "2025-01-10", u"0",
     "1 2025-01-10 166.67\n"
     "2 2025-02-10 166.67\n"
     "3 2025-03-10 166.67\n"
     "4 2025-04-10 166.67\n"
     "5 2025-05-10 166.67\n"
     "6 2025-06-10 166.65\n"},
    {"a zero rate written with decimals is the equal split too", u"EUR", 10000, 0, 3,
     PlanFrequency::Monthly, "2025-03-01", "2025-03-15", u"0.00",
     "1 2025-03-15 33.33\n"
     "2 2025-04-15 33.33\n"
     "3 2025-05-15 33.34\n"},
    {"one installment takes everything", u"EUR", 12345, 0, 1, PlanFrequency::Monthly, "2025-03-01",
     "2025-03-01", u"", "1 2025-03-01 123.45\n"},
};

PlanTerms termsOf(const ScheduleCase& c)
{
    std::optional<AnnualRate> rate;
    if (const QString text = QString::fromUtf16(c.annualRate); !text.isEmpty()) {
        const auto parsed = AnnualRate::parse(text);
        REQUIRE(parsed.has_value());
        rate = *parsed;
    }
    return {.totalMinor = c.totalMinor,
            .downPaymentMinor = c.downPaymentMinor,
            .installments = c.installments,
            .frequency = c.frequency,
            .planDate = day(c.planDate),
            .firstDue = day(c.firstDue),
            .annualRate = rate};
}

std::string describe(const QList<ScheduledInstallment>& schedule, CurrencyCode currency)
{
    std::string out;
    for (const ScheduledInstallment& installment : schedule) {
        out += std::to_string(installment.number) + ' ' +
               installment.dueDate.toString(Qt::ISODate).toStdString() + ' ' +
               Money(installment.amountMinor, currency).toPlainString().toStdString() + '\n';
    }
    return out;
}

} // namespace

TEST_CASE("Schedules follow the spec's formulas", "[plans][schedule]")
{
    const ScheduleCase& c =
        GENERATE(from_range(std::begin(scheduleCases), std::end(scheduleCases)));
    INFO(c.name);
    const auto schedule = PlanSchedule::compute(termsOf(c));
    REQUIRE(schedule.has_value());
    CHECK(describe(*schedule, test::currency(c.currency)) == c.expected);

    // Whatever the rounding, an interest-free schedule adds up to exactly the total.
    if (QString::fromUtf16(c.annualRate).remove(u'0').remove(u'.').isEmpty()) {
        qint64 sum = 0;
        for (const ScheduledInstallment& installment : *schedule)
            sum += installment.amountMinor;
        CHECK(sum == c.totalMinor);
    }
}

TEST_CASE("Impossible terms are refused", "[plans][schedule]")
{
    struct Refusal {
        const char* name;
        PlanTerms terms;
        ErrorCode code;
    };
    const QDate date = day("2025-03-01");
    const Refusal refusal = GENERATE_COPY(values<Refusal>({
        {"no installments",
         {.totalMinor = 10000, .installments = 0, .planDate = date, .firstDue = date},
         ErrorCode::InvalidArgument},
        {"a down payment of the whole total",
         {.totalMinor = 10000,
          .downPaymentMinor = 10000,
          .installments = 2,
          .planDate = date,
          .firstDue = date},
         ErrorCode::InvalidInput},
        {"a first due date before the plan's date",
         {.totalMinor = 10000, .installments = 2, .planDate = date, .firstDue = date.addDays(-1)},
         ErrorCode::InvalidInput},
        {"more installments than minor units",
         {.totalMinor = 2, .installments = 3, .planDate = date, .firstDue = date},
         ErrorCode::InvalidInput},
    }));
    INFO(refusal.name);
    const auto schedule = PlanSchedule::compute(refusal.terms);
    REQUIRE_FALSE(schedule.has_value());
    CHECK(schedule.error().code == refusal.code);
}

TEST_CASE("Annual rates are exact decimal percentages", "[plans][schedule]")
{
    SECTION("accepted")
    {
        struct Accepted {
            const char16_t* text;
            qint64 numerator;
            qint64 denominator;
            const char16_t* shown;
        };
        const Accepted rate = GENERATE(values<Accepted>({{u"12", 12, 1, u"12"},
                                                         {u"7.25", 725, 100, u"7.25"},
                                                         {u"0.05", 5, 100, u"0.05"},
                                                         {u"5.2", 52, 10, u"5.2"},
                                                         {u"0", 0, 1, u"0"}}));
        const auto parsed = AnnualRate::parse(QString::fromUtf16(rate.text));
        REQUIRE(parsed.has_value());
        CHECK(parsed->numerator == rate.numerator);
        CHECK(parsed->denominator == rate.denominator);
        CHECK(parsed->toString() == QString::fromUtf16(rate.shown));
    }
    SECTION("refused")
    {
        const char16_t* text =
            GENERATE(u"", u"-1", u"+5", u"1.", u".5", u"12%", u"1,5", u"1000", u"1.23456", u"x");
        INFO(QString::fromUtf16(text).toStdString());
        const auto parsed = AnnualRate::parse(QString::fromUtf16(text));
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == ErrorCode::InvalidArgument);
    }
}
