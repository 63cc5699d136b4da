// Installment and plan statuses as of a date (spec: "Plans" and "Settled details / Plans"):
// an installment is `paid`, else `partial` (something paid), else `overdue` (due date before
// the as-of date), else `due`; a plan is `completed` when everything is paid, `defaulted` when
// two or more installments are overdue by more than 30 days, else `active`.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "PlanLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::PlanLedger;

namespace {

// Plan 1 of C1: 4 monthly installments of 250.00, due 03-10, 04-10, 05-10 and 06-10.
void quarterPlan(PlanLedger& ledger)
{
    REQUIRE(ledger.create(PlanLedger::request(u"C1"_s, {u"INV-1"_s, u"INV-2"_s}, 4, "2025-03-10",
                                              "2025-03-01")) == 1);
}

std::string statuses(const PlanView& view)
{
    std::string out;
    for (const InstallmentRow& row : view.installments)
        out += (out.empty() ? "" : " ") + installmentStatusName(row.status).toStdString();
    return out;
}

struct StatusCase {
    const char* asOf;
    const char* installments;
    const char* plan;
};

} // namespace

TEST_CASE("Installment statuses follow the spec's precedence", "[plans][status]")
{
    PlanLedger ledger;
    quarterPlan(ledger);
    // 250.00 settles installment 1 the day before it is due; 100.00 pays installment 2 in part
    // two days after it was due.
    ledger.pay("X1,C1,2025-03-09,250.00,,1\n"
               "X2,C1,2025-04-12,100.00,,1\n");

    const StatusCase c = GENERATE(values<StatusCase>({
        {"2025-03-01", "due due due due", "active"},
        {"2025-03-08", "due due due due", "active"},
        {"2025-03-09", "paid due due due", "active"},
        // Due on the as-of date is not yet overdue.
        {"2025-04-10", "paid due due due", "active"},
        {"2025-04-11", "paid overdue due due", "active"},
        // Partly paid beats overdue.
        {"2025-04-12", "paid partial due due", "active"},
        {"2025-05-11", "paid partial overdue due", "active"},
        {"2025-06-11", "paid partial overdue overdue", "defaulted"},
    }));
    INFO("as of " << c.asOf);
    const PlanView view = ledger.view(1, c.asOf);
    CHECK(statuses(view) == c.installments);
    CHECK(planStatusName(view.status).toStdString() == c.plan);
}

TEST_CASE("A plan defaults with two installments overdue by more than 30 days", "[plans][status]")
{
    PlanLedger ledger;
    quarterPlan(ledger);

    SECTION("nothing paid")
    {
        const StatusCase c = GENERATE(values<StatusCase>({
            // Installment 1 is 31 days overdue, installment 2 due today: one is not enough.
            {"2025-04-10", "overdue due due due", "active"},
            // Installment 2 is exactly 30 days overdue: not more than 30.
            {"2025-05-10", "overdue overdue due due", "active"},
            // 31 days: two installments are now overdue by more than 30 days.
            {"2025-05-11", "overdue overdue overdue due", "defaulted"},
        }));
        INFO("as of " << c.asOf);
        const PlanView view = ledger.view(1, c.asOf);
        CHECK(statuses(view) == c.installments);
        CHECK(planStatusName(view.status).toStdString() == c.plan);
    }
    SECTION("a partly paid installment still counts as overdue for defaulting")
    {
        ledger.pay("X1,C1,2025-03-09,100.00,,1\n");
        const PlanView view = ledger.view(1, "2025-05-11");
        CHECK(statuses(view) == "partial overdue overdue due");
        CHECK(view.status == PlanStatus::Defaulted);
        // Its status says partial; how late it is, is said beside it.
        std::vector<qint64> late;
        for (const InstallmentRow& row : view.installments)
            late.push_back(row.daysOverdue);
        CHECK(late == std::vector<qint64>{62, 31, 1, 0});
    }
    SECTION("catching up makes a defaulted plan active again")
    {
        ledger.pay("X1,C1,2025-05-20,250.00,,1\n");
        CHECK(ledger.view(1, "2025-05-19").status == PlanStatus::Defaulted);
        // Installment 2 is still 40 days overdue, installment 3 only 10 days.
        const PlanView view = ledger.view(1, "2025-05-20");
        CHECK(statuses(view) == "paid overdue overdue due");
        CHECK(view.status == PlanStatus::Active);
    }
    SECTION("everything paid, even late, completes the plan")
    {
        ledger.pay("X1,C1,2025-07-01,1000.00,,1\n");
        CHECK(ledger.view(1, "2025-06-30").status == PlanStatus::Defaulted);
        const PlanView view = ledger.view(1, "2025-07-01");
        CHECK(statuses(view) == "paid paid paid paid");
        CHECK(view.status == PlanStatus::Completed);
        CHECK(ledger.list("2025-07-01") == "plan_id,customer_id,date,total,open,status\n"
                                           "1,C1,2025-03-01,1000.00,0.00,completed\n");
    }
}
