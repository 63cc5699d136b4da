// The dates a recurring schedule bills on (docs/contract.md, Recurring invoices): weekly from
// the start; monthly, quarterly and yearly on a day clamped to the month's end or on the last
// day, each counted from the start's month; the count and the end date; what pauses and the
// dates already dealt with leave to bill.

#include <catch2/catch.hpp>

#include <QStringList>

#include "domain/RecurringSchedule.h"
#include "recurring/RecurringCalendar.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;

namespace {

RecurringSchedule schedule(RecurringFrequency frequency, const char* start, int dayOfMonth = 0,
                           bool lastDay = false)
{
    return RecurringSchedule{.id = RecurringScheduleId{1},
                             .customerId = CustomerId{1},
                             .customerCode = u"C1"_s,
                             .customerName = u"Acme"_s,
                             .customerTermsDays = 30,
                             .amount = Money(10000, test::currency(u"EUR")),
                             .description = u"Hosting"_s,
                             .frequency = frequency,
                             .start = day(start),
                             .day = dayOfMonth,
                             .lastDay = lastDay,
                             .count = std::nullopt,
                             .end = std::nullopt,
                             .prefix = u"REC-"_s,
                             .state = RecurringSchedule::State::Active,
                             .pausedFrom = {},
                             .endedOn = {}};
}

QString joined(const QList<QDate>& dates)
{
    QStringList text;
    for (const QDate date : dates)
        text.append(date.toString(Qt::ISODate));
    return text.join(u' ');
}

struct CalendarCase {
    const char* name;
    RecurringFrequency frequency;
    const char* start;
    int day;
    bool lastDay;
    const char* through;
    const char* expected;
};

const CalendarCase calendarCases[] = {
    {"weekly: every 7 days from the start, across a month and a year end",
     RecurringFrequency::Weekly, "2026-12-17", 0, false, "2027-01-14",
     "2026-12-17 2026-12-24 2026-12-31 2027-01-07 2027-01-14"},
    {"monthly on the start's day", RecurringFrequency::Monthly, "2026-01-15", 15, false,
     "2026-04-30", "2026-01-15 2026-02-15 2026-03-15 2026-04-15"},
    {"monthly on day 31: Feb 28, Apr 30, and back to 31 (no drift)", RecurringFrequency::Monthly,
     "2027-01-31", 31, false, "2027-05-31",
     "2027-01-31 2027-02-28 2027-03-31 2027-04-30 2027-05-31"},
    {"monthly on day 31 in a leap year: Feb 29", RecurringFrequency::Monthly, "2028-01-31", 31,
     false, "2028-03-31", "2028-01-31 2028-02-29 2028-03-31"},
    {"monthly on day 30: Feb 28 in 2026, Mar 30", RecurringFrequency::Monthly, "2026-01-30", 30,
     false, "2026-03-31", "2026-01-30 2026-02-28 2026-03-30"},
    {"monthly on the last day", RecurringFrequency::Monthly, "2028-01-10", 0, true, "2028-04-30",
     "2028-01-31 2028-02-29 2028-03-31 2028-04-30"},
    {"a day before the start's day begins the month after", RecurringFrequency::Monthly,
     "2026-01-15", 1, false, "2026-03-31", "2026-02-01 2026-03-01"},
    {"quarterly on day 31 from November: Feb 28, May 31, Aug 31", RecurringFrequency::Quarterly,
     "2026-11-30", 31, false, "2027-08-31", "2026-11-30 2027-02-28 2027-05-31 2027-08-31"},
    {"quarterly on the last day", RecurringFrequency::Quarterly, "2026-01-01", 0, true,
     "2026-12-31", "2026-01-31 2026-04-30 2026-07-31 2026-10-31"},
    {"yearly on Feb 29: Feb 28 between leap years, Feb 29 in them", RecurringFrequency::Yearly,
     "2028-02-29", 29, false, "2033-03-01",
     "2028-02-29 2029-02-28 2030-02-28 2031-02-28 2032-02-29 2033-02-28"},
    {"yearly on the last day of February", RecurringFrequency::Yearly, "2027-02-01", 0, true,
     "2029-03-01", "2027-02-28 2028-02-29 2029-02-28"},
    {"nothing before the start", RecurringFrequency::Monthly, "2026-05-20", 20, false, "2026-05-19",
     ""},
};

} // namespace

TEST_CASE("A schedule's dates follow its rule, at month ends and in leap years",
          "[recurring][calendar]")
{
    const CalendarCase& c =
        GENERATE(from_range(std::begin(calendarCases), std::end(calendarCases)));
    INFO(c.name);
    const RecurringSchedule rule = schedule(c.frequency, c.start, c.day, c.lastDay);
    CHECK(joined(RecurringCalendar::datesThrough(rule, day(c.through))) ==
          QString::fromLatin1(c.expected));
}

TEST_CASE("The count and the end date bound the dates", "[recurring][calendar]")
{
    RecurringSchedule counted = schedule(RecurringFrequency::Monthly, "2026-01-31", 31);
    counted.count = 3;
    CHECK(joined(RecurringCalendar::dueDates(counted, {}, day("2026-12-31"))) ==
          u"2026-01-31 2026-02-28 2026-03-31"_s);
    CHECK(RecurringCalendar::nextDate(counted, {}) == day("2026-01-31"));

    RecurringSchedule ending = schedule(RecurringFrequency::Weekly, "2026-03-02");
    ending.end = day("2026-03-23"); // a date of the rule: billed, and the last
    CHECK(joined(RecurringCalendar::dueDates(ending, {}, day("2026-12-31"))) ==
          u"2026-03-02 2026-03-09 2026-03-16 2026-03-23"_s);
    ending.end = day("2026-03-22");
    CHECK(joined(RecurringCalendar::dueDates(ending, {}, day("2026-12-31"))) ==
          u"2026-03-02 2026-03-09 2026-03-16"_s);

    // Ended on a day: nothing after it, whatever the end date said.
    ending.end = std::nullopt;
    ending.state = RecurringSchedule::State::Ended;
    ending.endedOn = day("2026-03-10");
    CHECK(joined(RecurringCalendar::dueDates(ending, {}, day("2026-12-31"))) ==
          u"2026-03-02 2026-03-09"_s);
    CHECK(RecurringCalendar::nextDate(
              ending,
              {{.schedule = ending.id, .date = day("2026-03-02"), .invoice = InvoiceId{1}},
               {.schedule = ending.id, .date = day("2026-03-09"), .invoice = InvoiceId{2}}}) ==
          QDate());
}

TEST_CASE("Dates dealt with are never due again, and dates skipped in a pause do not count",
          "[recurring][calendar]")
{
    RecurringSchedule monthly = schedule(RecurringFrequency::Monthly, "2026-01-10", 10);
    monthly.count = 4;
    const QList<RecurringOccurrence> done{
        {.schedule = monthly.id, .date = day("2026-01-10"), .invoice = InvoiceId{7}},
        {.schedule = monthly.id, .date = day("2026-02-10"), .invoice = {}}, // paused
        {.schedule = monthly.id, .date = day("2026-03-10"), .invoice = {}}, // paused
        {.schedule = monthly.id, .date = day("2026-04-10"), .invoice = InvoiceId{9}}};
    CHECK(RecurringCalendar::createdCount(done) == 2);
    // Catch-up: everything not dealt with up to the day, and the count counts invoices only.
    CHECK(joined(RecurringCalendar::dueDates(monthly, done, day("2026-09-30"))) ==
          u"2026-05-10 2026-06-10"_s);
    CHECK(RecurringCalendar::nextDate(monthly, done) == day("2026-05-10"));

    // Paused from June: May is still due (billed before the pause), June on is not.
    monthly.state = RecurringSchedule::State::Paused;
    monthly.pausedFrom = day("2026-06-01");
    CHECK(joined(RecurringCalendar::dueDates(monthly, done, day("2026-09-30"))) == u"2026-05-10"_s);
}
