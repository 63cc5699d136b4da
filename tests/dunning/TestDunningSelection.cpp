// The dunning selection, against the contract's "Reminders (dunning)" rules, with
// fixed dates on DunningLedger: see DunningLedger.h for the invoices.

#include <catch2/catch.hpp>

#include "DunningLedger.h"
#include "dunning/DunningLevelService.h"
#include "ledger/ActivityService.h"
#include "plans/PlanService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::DunningLedger;

namespace {

Money eur(qint64 minor)
{
    return Money(minor, ardesk::test::currency(u"EUR"));
}

} // namespace

TEST_CASE("An item escalates one level per run and each level is sent once", "[dunning]")
{
    DunningLedger ledger;
    // Runs recorded one after the other; B is left alone from the second run on by paying.
    struct Run {
        const char* asOf;
        std::string expected;
    };
    const Run runs[] = {
        // A1 is 45 days overdue, yet starts at level 1: one level per run.
        {"2025-04-15", "A,Alpha,1,INV-A1;INV-A2,150.00,letter\nB,Beta,1,INV-B1,200.00,letter\n"},
        // Within 7 days of the last letter: nothing for anybody.
        {"2025-04-21", ""},
        // Day 7 after the last letter: both go one level up.
        {"2025-04-22", "A,Alpha,2,INV-A1;INV-A2,150.00,letter\nB,Beta,2,INV-B1,200.00,letter\n"},
        {"2025-04-29", "A,Alpha,3,INV-A1;INV-A2,150.00,letter\nB,Beta,3,INV-B1,200.00,letter\n"},
        // A1 (66 days) reaches level 4, A2 (47 days) does not yet; the letter still lists A2,
        // as it lists all overdue items, but only A1 is recorded at level 4.
        {"2025-05-06", "A,Alpha,4,INV-A1;INV-A2,150.00,letter\nB,Beta,4,INV-B1,200.00,letter\n"},
        // Past the last level nothing more is sent; A2 is still short of 60 days.
        {"2025-05-13", ""},
        // A2 reaches level 4: the letter lists A1 too, already at level 4 and still open.
        {"2025-05-20", "A,Alpha,4,INV-A1;INV-A2,150.00,letter\n"},
        {"2025-06-30", ""},
    };
    for (const Run& run : runs) {
        INFO("as of " << run.asOf);
        CHECK(ledger.runAndRecord(run.asOf) == run.expected);
    }
}

TEST_CASE("The run reads the ledger as of its date", "[dunning]")
{
    DunningLedger ledger;
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,B,2025-03-05,200.00,INV-B1\n"
                                      "P2,A,2025-04-20,100.00,INV-A1\n"
                                      "P3,A,2025-03-10,20.00,INV-A2\n");
    SECTION("paid items are never reminded, items paid later are as of before")
    {
        CHECK(ledger.run("2025-04-15") == "A,Alpha,1,INV-A1;INV-A2,130.00,letter\n");
        CHECK(ledger.run("2025-04-20") == "A,Alpha,1,INV-A2,30.00,letter\n");
    }
    SECTION("not yet due, due today and one day overdue")
    {
        CHECK(ledger.run("2025-02-28").empty());
        CHECK(ledger.run("2025-03-01").empty());
        // B pays on 2025-03-05: as of the 2nd its invoice is still open and overdue.
        CHECK(ledger.run("2025-03-02") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                          "B,Beta,1,INV-B1,200.00,letter\n");
    }
    SECTION("a later run's log does not count for an earlier date")
    {
        ledger.runAndRecord("2025-04-15");
        CHECK(ledger.run("2025-04-14") == "A,Alpha,1,INV-A1;INV-A2,130.00,letter\n");
    }
}

TEST_CASE("Customers on hold get no reminders until the hold is lifted", "[dunning]")
{
    DunningLedger ledger;
    CHECK(ledger.run("2025-03-10") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                      "B,Beta,1,INV-B1,200.00,letter\n");
    ledger.setOnHold(u"H"_s, false);
    CHECK(ledger.run("2025-03-10") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                      "B,Beta,1,INV-B1,200.00,letter\n"
                                      "H,Hold,1,INV-H1,80.00,letter\n");
}

TEST_CASE("Disputed items are skipped while the dispute is open", "[dunning]")
{
    DunningLedger ledger;
    ActivityService activities(ledger.database());
    const auto dispute =
        activities.openDispute(ledger.customer(u"A"_s), ledger.invoice(u"INV-A1"_s),
                               day("2025-04-01"), u"wrong quantity"_s);
    REQUIRE(dispute);
    const std::string withoutA1 = "A,Alpha,1,INV-A2,50.00,letter\nB,Beta,1,INV-B1,200.00,letter\n";
    const std::string withA1 =
        "A,Alpha,1,INV-A1;INV-A2,150.00,letter\nB,Beta,1,INV-B1,200.00,letter\n";
    // Before the dispute was opened the item was not disputed yet.
    CHECK(ledger.run("2025-03-31") == withA1);
    CHECK(ledger.run("2025-04-15") == withoutA1);
    REQUIRE(activities.resolveDispute(*dispute, day("2025-04-10")));
    // Resolved on the 10th: still disputed as of the 9th, dunned again from the 10th.
    CHECK(ledger.run("2025-04-09") == withoutA1);
    CHECK(ledger.run("2025-04-10") == withA1);
}

TEST_CASE("Items under a running promise to pay are skipped", "[dunning]")
{
    DunningLedger ledger;
    ActivityService activities(ledger.database());
    const CustomerId alpha = ledger.customer(u"A"_s);
    const std::string withA1 =
        "A,Alpha,1,INV-A1;INV-A2,150.00,letter\nB,Beta,1,INV-B1,200.00,letter\n";

    SECTION("a promise about one invoice: pending, then broken")
    {
        REQUIRE(activities.recordPromise({.customer = alpha,
                                          .date = day("2025-04-10"),
                                          .amount = eur(100'00),
                                          .payBy = day("2025-04-30"),
                                          .invoice = ledger.invoice(u"INV-A1"_s),
                                          .text = {}}));
        CHECK(ledger.run("2025-04-09") == withA1); // not promised yet
        CHECK(ledger.run("2025-04-10") ==
              "A,Alpha,1,INV-A2,50.00,letter\nB,Beta,1,INV-B1,200.00,letter\n");
        CHECK(ledger.run("2025-04-30") ==
              "A,Alpha,1,INV-A2,50.00,letter\nB,Beta,1,INV-B1,200.00,letter\n");
        // ActivityService calls it broken from the day after its pay-by date, as dunning does.
        const auto log = activities.list(alpha, day("2025-05-01"), 1);
        REQUIRE(log);
        REQUIRE(log->size() == 1);
        CHECK(log->first().promiseStatus == PromiseStatus::Broken);
        CHECK(ledger.run("2025-05-01") == withA1); // broken: dunned again
    }
    SECTION("a kept promise holds back until its pay-by date, then dunning resumes")
    {
        REQUIRE(activities.recordPromise({.customer = alpha,
                                          .date = day("2025-04-10"),
                                          .amount = eur(40'00),
                                          .payBy = day("2025-04-30"),
                                          .invoice = ledger.invoice(u"INV-A1"_s),
                                          .text = {}}));
        ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                          "P1,A,2025-04-12,40.00,INV-A1\n");
        CHECK(ledger.run("2025-04-15") ==
              "A,Alpha,1,INV-A2,50.00,letter\nB,Beta,1,INV-B1,200.00,letter\n");
        CHECK(ledger.run("2025-05-01") ==
              "A,Alpha,1,INV-A1;INV-A2,110.00,letter\nB,Beta,1,INV-B1,200.00,letter\n");
    }
    SECTION("a promise without an invoice holds back the whole account")
    {
        REQUIRE(activities.recordPromise({.customer = alpha,
                                          .date = day("2025-04-10"),
                                          .amount = eur(150'00),
                                          .payBy = day("2025-04-20"),
                                          .invoice = {},
                                          .text = {}}));
        CHECK(ledger.run("2025-04-15") == "B,Beta,1,INV-B1,200.00,letter\n");
        CHECK(ledger.run("2025-04-21") == withA1);
    }
}

TEST_CASE("Plan installments are items of their own", "[dunning]")
{
    DunningLedger ledger;
    // INV-B1 (200.00) on a plan dated 2025-03-05: two monthly installments from 2025-03-15.
    const auto plan = PlanService(ledger.database())
                          .create({.customerCode = u"B"_s,
                                   .invoiceNumbers = {u"INV-B1"_s},
                                   .allOpen = false,
                                   .schedule = {.date = day("2025-03-05"),
                                                .installments = 2,
                                                .frequency = PlanFrequency::Monthly,
                                                .firstDue = day("2025-03-15")}});
    INFO((plan ? std::string() : plan.error().detail.toStdString()));
    REQUIRE(plan);
    const QString first = u"PLAN-%1/1"_s.arg(plan->plan.id.value);
    const QString second = u"PLAN-%1/2"_s.arg(plan->plan.id.value);
    // As of before the plan, the invoice itself is dunned.
    CHECK(ledger.run("2025-03-04") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                      "B,Beta,1,INV-B1,200.00,letter\n");
    CHECK(ledger.run("2025-03-16") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                      "B,Beta,1," +
                                          first.toStdString() + ",100.00,letter\n");
    CHECK(ledger.run("2025-04-16") == "A,Alpha,1,INV-A1;INV-A2,150.00,letter\n"
                                      "B,Beta,1," +
                                          QString(first + u';' + second).toStdString() +
                                          ",200.00,letter\n");
}

TEST_CASE("One letter per customer: the highest level picks the template and the fee", "[dunning]")
{
    DunningLedger ledger;
    DunningLevelService levels(ledger.database());
    auto ladder = *levels.levels();
    ladder[1].annualRateBasisPoints = 800;  // 8 %
    ladder[2].annualRateBasisPoints = 1200; // 12 %
    ladder[2].feeMinor = 5'00;
    ladder[2].channel = ReminderChannel::Both;
    REQUIRE(levels.save(ladder, *levels.levels()));

    // A1 gets level 1 alone on 2025-03-10 (A2 is not due yet).
    CHECK(ledger.runAndRecord("2025-03-10") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                               "B,Beta,1,INV-B1,200.00,letter\n");
    const auto notices = ledger.dunning().select(day("2025-03-25"));
    REQUIRE(notices);
    REQUIRE(notices->size() == 2);
    const ReminderNotice& alpha = notices->first();
    CHECK(alpha.customerCode == u"A"_s);
    CHECK(alpha.level.level == 2);
    CHECK(alpha.level.name == u"Second reminder"_s);
    CHECK(alpha.level.templateName == u"reminder-2"_s);
    REQUIRE(alpha.items.size() == 2);
    // INV-A1: 24 days at 12 %: 100.00 × 0.12 × 24 / 365 = 0.789 → 0.79.
    CHECK(alpha.items[0].document == u"INV-A1"_s);
    CHECK(alpha.items[0].level == 2);
    CHECK(alpha.items[0].daysOverdue == 24);
    CHECK(alpha.items[0].interestMinor == 79);
    // INV-A2: 5 days at 8 %: 50.00 × 0.08 × 5 / 365 = 0.0548 → 0.05.
    CHECK(alpha.items[1].document == u"INV-A2"_s);
    CHECK(alpha.items[1].level == 1);
    CHECK(alpha.items[1].interestMinor == 5);
    CHECK(alpha.totalOverdueMinor == 150'00);
    CHECK(alpha.interestMinor == 84);
    CHECK(alpha.feeMinor == 5'00);
    CHECK(alpha.totalDueMinor == 150'00 + 84 + 5'00);
    CHECK(alpha.currency.code() == u"EUR"_s);
    CHECK(alpha.asOf == day("2025-03-25"));
    CHECK(ledger.run("2025-03-25") == "A,Alpha,2,INV-A1;INV-A2,150.00,both\n"
                                      "B,Beta,2,INV-B1,200.00,both\n");
}

TEST_CASE("Interest is open × rate × days / 365, rounded half-up in integers", "[dunning]")
{
    struct Case {
        qint64 open;
        int basisPoints;
        int days;
        qint64 expected;
    };
    const Case cases[] = {
        {10'000, 1200, 24, 79},                                        // 78.90…
        {5'000, 800, 5, 5},                                            // 5.47…
        {1'825'000, 1, 1, 1},                                          // exactly 0.5 → 1
        {1'824'999, 1, 1, 0},                                          // just under 0.5
        {3'650'000, 10'000, 1, 10'000},                                // exact
        {0, 800, 30, 0},                                               // nothing open
        {10'000, 0, 30, 0},                                            // no rate
        {9'000'000'000'000'000, 10'000, 3650, 90'000'000'000'000'000}, // open × k passes qint64
    };
    for (const Case& c : cases) {
        INFO(c.open << " at " << c.basisPoints << " bp for " << c.days << " days");
        CHECK(DunningService::interestMinor(c.open, c.basisPoints, c.days) == c.expected);
    }
}

TEST_CASE("A letter lists all overdue items; only the raised ones are recorded", "[dunning]")
{
    DunningLedger ledger;
    DunningLevelService levels(ledger.database());
    auto ladder = *levels.levels();
    ladder[1].daysOverdue = 10;
    ladder[1].annualRateBasisPoints = 800;
    ladder[2].daysOverdue = 20;
    ladder[3].daysOverdue = 50;
    REQUIRE(levels.save(ladder, *levels.levels()));

    // As of 2025-03-25 A1 is 24 days overdue (level 1); A2 only 5, short of level 1's 10 days.
    const auto first = ledger.dunning().select(day("2025-03-25"));
    REQUIRE(first);
    REQUIRE(first->size() == 2);
    const ReminderNotice& alpha = first->first();
    REQUIRE(alpha.items.size() == 2);
    CHECK(alpha.items[0].document == u"INV-A1"_s);
    CHECK(alpha.items[0].raised);
    CHECK(alpha.items[0].level == 1);
    CHECK(alpha.items[1].document == u"INV-A2"_s);
    CHECK_FALSE(alpha.items[1].raised);
    CHECK(alpha.items[1].level == DunningLevel::noLevel);
    CHECK(alpha.items[1].interestMinor == 0); // at no level yet: no level's rate applies
    CHECK(alpha.totalOverdueMinor == 150'00);
    CHECK(alpha.level.level == 1);
    REQUIRE(ledger.dunning().record(*first, ReminderChannel::Letter, day("2025-03-25")));

    // A week later A2 (12 days) gets level 1 as it was not recorded before, A1 (31 days) level 2.
    const auto second = ledger.dunning().select(day("2025-04-01"));
    REQUIRE(second);
    REQUIRE_FALSE(second->isEmpty());
    const ReminderNotice& again = second->first();
    REQUIRE(again.items.size() == 2);
    CHECK(again.items[0].level == 2);
    CHECK(again.items[1].raised);
    CHECK(again.items[1].level == 1);
    CHECK(again.level.level == 2);

    // As of 2025-04-08 no item reaches its next level (A1 38 days of 50, A2 19 of 20, B 38 of
    // 50): no letter, though all are overdue.
    REQUIRE(ledger.dunning().record(*second, ReminderChannel::Letter, day("2025-04-01")));
    CHECK(ledger.run("2025-04-08").empty());
}
