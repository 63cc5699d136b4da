// Rescheduling and cancelling a plan. The spec names neither; ARDesk's reading (PlanService):
// rescheduling moves what the old installments still owe into a new plan and keeps the old plan
// and its schedule as history; cancelling gives the unpaid amount back to the covered invoices
// (up to what the plan took from each, the latest due first, as payments are taken to have
// settled the oldest), which then age by their own due dates again.

#include <catch2/catch.hpp>

#include "PlanLedger.h"
#include "plans/PlanService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::PlanLedger;

namespace {

// Plan 1 of C1: INV-1 and INV-2 (1000.00) in 4 monthly installments of 250.00 from 2025-03-10;
// the first one is paid on 2025-03-09.
PlanLedger& withPaidFirstInstallment(PlanLedger& ledger)
{
    REQUIRE(ledger.create(PlanLedger::request(u"C1"_s, {u"INV-1"_s, u"INV-2"_s}, 4, "2025-03-10",
                                              "2025-03-01")) == 1);
    ledger.pay("X1,C1,2025-03-09,250.00,,1\n");
    return ledger;
}

PlanScheduleRequest threeMonths(const char* date, const char* firstDue)
{
    return {.date = test::day(date),
            .installments = 3,
            .frequency = PlanFrequency::Monthly,
            .firstDue = test::day(firstDue)};
}

} // namespace

TEST_CASE("Rescheduling keeps the old schedule as history and schedules what remains",
          "[plans][reschedule]")
{
    PlanLedger ledger;
    withPaidFirstInstallment(ledger);
    const auto rescheduled = PlanService(ledger.database())
                                 .reschedule(PlanId{1}, threeMonths("2025-04-20", "2025-05-15"));
    REQUIRE(rescheduled.has_value());
    CHECK(rescheduled->plan.id.value == 2);
    CHECK(rescheduled->plan.replacesPlanId.value == 1);

    // The old schedule, before and after the change.
    CHECK(ledger.show(1, "2025-04-19") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,250.00,250.00,0.00,paid\n"
                                          "2,2025-04-10,250.00,0.00,250.00,overdue\n"
                                          "3,2025-05-10,250.00,0.00,250.00,due\n"
                                          "4,2025-06-10,250.00,0.00,250.00,due\n");
    CHECK(ledger.show(1, "2025-04-20") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,250.00,250.00,0.00,paid\n"
                                          "2,2025-04-10,250.00,0.00,0.00,rescheduled\n"
                                          "3,2025-05-10,250.00,0.00,0.00,rescheduled\n"
                                          "4,2025-06-10,250.00,0.00,0.00,rescheduled\n");
    // The new schedule covers the 750.00 that remained.
    CHECK(ledger.show(2, "2025-04-20") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-05-15,250.00,0.00,250.00,due\n"
                                          "2,2025-06-15,250.00,0.00,250.00,due\n"
                                          "3,2025-07-15,250.00,0.00,250.00,due\n");
    CHECK(ledger.list("2025-04-20") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,C1,2025-03-01,1000.00,0.00,rescheduled\n"
                                       "2,C1,2025-04-20,750.00,750.00,active\n");
    CHECK(ledger.list("2025-04-19") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,C1,2025-03-01,1000.00,750.00,active\n");

    // Aging sees the old installments up to the change and the new ones from it.
    CHECK(ledger.openItems("2025-04-19") == "INV-3 50.00\n"
                                            "PLAN-1/2 250.00\n"
                                            "PLAN-1/3 250.00\n"
                                            "PLAN-1/4 250.00\n"
                                            "INV-9 300.00\n");
    CHECK(ledger.openItems("2025-04-20") == "INV-3 50.00\n"
                                            "PLAN-2/1 250.00\n"
                                            "PLAN-2/2 250.00\n"
                                            "PLAN-2/3 250.00\n"
                                            "INV-9 300.00\n");

    // A payment naming a covered invoice now fills the new plan.
    ledger.pay("X2,C1,2025-04-25,300.00,INV-2,\n");
    CHECK(ledger.show(2, "2025-04-25") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-05-15,250.00,250.00,0.00,paid\n"
                                          "2,2025-06-15,250.00,50.00,200.00,partial\n"
                                          "3,2025-07-15,250.00,0.00,250.00,due\n");

    SECTION("the old plan cannot be changed again")
    {
        const auto again = PlanService(ledger.database())
                               .reschedule(PlanId{1}, threeMonths("2025-05-01", "2025-05-15"));
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == ErrorCode::InvalidInput);
        const auto cancelled =
            PlanService(ledger.database()).cancel(PlanId{1}, test::day("2025-05-01"));
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("A reschedule may add a fee and interest on what remains", "[plans][reschedule]")
{
    PlanLedger ledger;
    withPaidFirstInstallment(ledger);
    PlanScheduleRequest request = threeMonths("2025-04-20", "2025-05-15");
    request.fee = u"15.00"_s;
    const auto rescheduled = PlanService(ledger.database()).reschedule(PlanId{1}, request);
    REQUIRE(rescheduled.has_value());
    // (750.00 + 15.00) / 3.
    CHECK(ledger.show(2, "2025-04-20") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-05-15,255.00,0.00,255.00,due\n"
                                          "2,2025-06-15,255.00,0.00,255.00,due\n"
                                          "3,2025-07-15,255.00,0.00,255.00,due\n");
}

TEST_CASE("Impossible reschedules are refused", "[plans][reschedule]")
{
    PlanLedger ledger;
    withPaidFirstInstallment(ledger);
    PlanService service(ledger.database());

    const auto before = service.reschedule(PlanId{1}, threeMonths("2025-02-28", "2025-03-15"));
    REQUIRE_FALSE(before.has_value());
    CHECK(before.error().code == ErrorCode::InvalidInput);

    const auto unknown = service.reschedule(PlanId{7}, threeMonths("2025-04-20", "2025-05-15"));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);

    ledger.pay("X2,C1,2025-04-01,750.00,,1\n");
    const auto done = service.reschedule(PlanId{1}, threeMonths("2025-04-20", "2025-05-15"));
    REQUIRE_FALSE(done.has_value());
    CHECK(done.error().code == ErrorCode::InvalidInput);
    CHECK(ledger.list("2030-01-01") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,C1,2025-03-01,1000.00,0.00,completed\n");
}

TEST_CASE("Cancelling returns the invoices to their own due dates in aging", "[plans][cancel]")
{
    PlanLedger ledger;
    withPaidFirstInstallment(ledger);
    const auto cancelled =
        PlanService(ledger.database()).cancel(PlanId{1}, test::day("2025-04-20"));
    REQUIRE(cancelled.has_value());

    // Before the plan: the invoices. While it ran: its installments. From the cancellation:
    // the invoices again, with the 750.00 still unpaid (INV-2, due last, whole; INV-1 the rest).
    CHECK(ledger.openItems("2025-02-28") == "INV-1 600.00\n"
                                            "INV-2 400.00\n"
                                            "INV-3 50.00\n"
                                            "INV-9 300.00\n");
    CHECK(ledger.openItems("2025-04-19") == "INV-3 50.00\n"
                                            "PLAN-1/2 250.00\n"
                                            "PLAN-1/3 250.00\n"
                                            "PLAN-1/4 250.00\n"
                                            "INV-9 300.00\n");
    CHECK(ledger.detail(
              test::agingOptions("2025-04-20", AgingBasis::DueDate, u"30,60,90", u"C1"_s)) ==
          "customer_id,customer_name,currency,document,issue_date,due_date,age_days,bucket,"
          "open_amount\n"
          "C1,Alpha,EUR,INV-1,2025-01-01,2025-01-31,79,61-90,350.00\n"
          "C1,Alpha,EUR,INV-2,2025-01-10,2025-02-09,70,61-90,400.00\n"
          "C1,Alpha,EUR,INV-3,2025-01-20,2025-02-19,60,31-60,50.00\n");

    CHECK(ledger.show(1, "2025-04-20") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,250.00,250.00,0.00,paid\n"
                                          "2,2025-04-10,250.00,0.00,0.00,cancelled\n"
                                          "3,2025-05-10,250.00,0.00,0.00,cancelled\n"
                                          "4,2025-06-10,250.00,0.00,0.00,cancelled\n");
    CHECK(ledger.list("2025-04-20") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,C1,2025-03-01,1000.00,0.00,cancelled\n");

    // Money for a formerly covered invoice now goes to the invoice itself.
    ledger.pay("X2,C1,2025-04-25,350.00,INV-1,\n");
    CHECK(ledger.openItems("2025-04-25") == "INV-2 400.00\n"
                                            "INV-3 50.00\n"
                                            "INV-9 300.00\n");

    // A cancelled plan's invoices can go on a new plan.
    CHECK(ledger.create(
              PlanLedger::request(u"C1"_s, {u"INV-2"_s}, 2, "2025-05-10", "2025-05-01")) == 2);
}
