// Payments and write-offs against installment plans (spec: "Plans", "Allocation" and "Settled
// details"): money for the plan or for one of its covered invoices fills the installments in
// order; what is left goes on oldest due date first to the customer's other open items, then
// stays as unapplied credit; nothing is ever over-paid.

#include <catch2/catch.hpp>

#include "PlanLedger.h"
#include "ledger/WriteOffService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::PlanLedger;

namespace {

// Plan 1 of C1: INV-1 and INV-2 (1000.00) in 4 monthly installments of 250.00 from 2025-03-10.
qint64 quarterPlan(PlanLedger& ledger)
{
    return ledger.create(
        PlanLedger::request(u"C1"_s, {u"INV-1"_s, u"INV-2"_s}, 4, "2025-03-10", "2025-03-01"));
}

struct Link {
    const char* name;
    const char* invoice;
    const char* plan;
};

} // namespace

TEST_CASE("Money for the plan or its invoices fills the installments in order", "[plans]")
{
    const Link link = GENERATE(values<Link>({{"a covered invoice", "INV-1", ""},
                                             {"the other covered invoice", "INV-2", ""},
                                             {"the plan", "", "1"}}));
    INFO("the payment names " << link.name);
    PlanLedger ledger;
    REQUIRE(quarterPlan(ledger) == 1);
    ledger.pay("X1,C1,2025-03-05,300.00,"_ba + link.invoice + ',' + link.plan + '\n');

    CHECK(ledger.show(1, "2025-03-05") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,250.00,250.00,0.00,paid\n"
                                          "2,2025-04-10,250.00,50.00,200.00,partial\n"
                                          "3,2025-05-10,250.00,0.00,250.00,due\n"
                                          "4,2025-06-10,250.00,0.00,250.00,due\n");
    // The covered invoices stay settled by the plan; INV-3 is not the plan's and is untouched.
    CHECK(ledger.openItems("2025-03-05") == "INV-3 50.00\n"
                                            "PLAN-1/2 200.00\n"
                                            "PLAN-1/3 250.00\n"
                                            "PLAN-1/4 250.00\n"
                                            "INV-9 300.00\n");
    // As of a day before the payment, nothing is paid yet.
    CHECK(ledger.show(1, "2025-03-04") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,250.00,0.00,250.00,due\n"
                                          "2,2025-04-10,250.00,0.00,250.00,due\n"
                                          "3,2025-05-10,250.00,0.00,250.00,due\n"
                                          "4,2025-06-10,250.00,0.00,250.00,due\n");
}

TEST_CASE("A payment naming nothing takes installments as open items by due date", "[plans]")
{
    PlanLedger ledger;
    quarterPlan(ledger);
    ledger.pay("X1,C1,2025-03-05,300.00,,\n");
    // INV-3 (due 2025-02-19) is older than the first installment (due 2025-03-10).
    CHECK(ledger.openItems("2025-03-05") == "PLAN-1/2 250.00\n"
                                            "PLAN-1/3 250.00\n"
                                            "PLAN-1/4 250.00\n"
                                            "INV-9 300.00\n");
}

TEST_CASE("Over-paying a plan: the rest goes oldest first, then stays unapplied", "[plans]")
{
    const Link link =
        GENERATE(values<Link>({{"a covered invoice", "INV-2", ""}, {"the plan", "", "1"}}));
    INFO("the payment names " << link.name);
    PlanLedger ledger;
    quarterPlan(ledger);
    ledger.pay("X1,C1,2025-03-05,1100.00,"_ba + link.invoice + ',' + link.plan + '\n');

    CHECK(ledger.show(1, "2025-03-05") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,250.00,250.00,0.00,paid\n"
                                          "2,2025-04-10,250.00,250.00,0.00,paid\n"
                                          "3,2025-05-10,250.00,250.00,0.00,paid\n"
                                          "4,2025-06-10,250.00,250.00,0.00,paid\n");
    // 1000.00 to the installments, 50.00 to INV-3, 50.00 unapplied; another customer's
    // invoice is never touched.
    CHECK(ledger.openItems("2025-03-05") == "X1 -50.00\n"
                                            "INV-9 300.00\n");
    CHECK(ledger.list("2025-03-05") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,C1,2025-03-01,1000.00,0.00,completed\n");
}

TEST_CASE("A covered invoice paid once the plan is done leaves the money unapplied", "[plans]")
{
    PlanLedger ledger;
    quarterPlan(ledger);
    ledger.pay("X1,C1,2025-03-05,1050.00,,1\n"
               "X2,C1,2025-03-06,20.00,INV-1,\n");
    CHECK(ledger.openItems("2025-03-06") == "X2 -20.00\n"
                                            "INV-9 300.00\n");
}

TEST_CASE("Writing off a covered invoice fills the plan's installments like a payment", "[plans]")
{
    PlanLedger ledger;
    quarterPlan(ledger);
    const auto writeOff = WriteOffService(ledger.database())
                              .writeOff({.invoiceNumber = u"INV-2"_s,
                                         .date = test::day("2025-03-05"),
                                         .amountMinor = 30000,
                                         .reason = u"settled"_s});
    REQUIRE(writeOff.has_value());
    CHECK(ledger.show(1, "2025-03-05") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,250.00,250.00,0.00,paid\n"
                                          "2,2025-04-10,250.00,50.00,200.00,partial\n"
                                          "3,2025-05-10,250.00,0.00,250.00,due\n"
                                          "4,2025-06-10,250.00,0.00,250.00,due\n");
    CHECK(ledger.show(1, "2025-03-04") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,250.00,0.00,250.00,due\n"
                                          "2,2025-04-10,250.00,0.00,250.00,due\n"
                                          "3,2025-05-10,250.00,0.00,250.00,due\n"
                                          "4,2025-06-10,250.00,0.00,250.00,due\n");
}

TEST_CASE("A payment's plan_id must be a plan of the payment's customer", "[plans][import]")
{
    PlanLedger ledger;
    quarterPlan(ledger);
    const char* planId = GENERATE("2", "0", "1.0", "+1", "x", " 1");
    INFO("plan_id " << planId);
    const ImportReport report = ledger.import(
        ImportKind::Payments,
        "payment_id,customer_id,date,amount,plan_id\nX1,C1,2025-03-05,10.00,"_ba + planId + '\n');
    CHECK_FALSE(report.succeeded());
    CHECK(test::locations(report) == "2:5");

    const ImportReport other =
        ledger.import(ImportKind::Payments, "payment_id,customer_id,date,amount,plan_id\n"
                                            "X1,C2,2025-03-05,10.00,1\n");
    CHECK(test::locations(other) == "2:5");
    CHECK(ledger.openItems("2025-03-05") == "INV-3 50.00\n"
                                            "PLAN-1/1 250.00\n"
                                            "PLAN-1/2 250.00\n"
                                            "PLAN-1/3 250.00\n"
                                            "PLAN-1/4 250.00\n"
                                            "INV-9 300.00\n");
}
