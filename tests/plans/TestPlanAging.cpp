// Plans in the aging report and in the plan list (spec: "Plans" and "Settled details / Plans"):
// once covered, invoices are aged by the plan's installments, each an open item PLAN-<id>/<n>
// with the plan's date as issue date; as of dates before the plan's date they are aged as
// invoices. Plan ids count from 1 in creation order; a refused plan changes nothing.

#include <catch2/catch.hpp>

#include "PlanLedger.h"
#include "ledger/WriteOffService.h"
#include "plans/PlanService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::PlanLedger;

namespace {

const char* const detailHeader =
    "customer_id,customer_name,currency,document,issue_date,due_date,age_days,bucket,"
    "open_amount\n";

std::string detailOfC1(PlanLedger& ledger, const char* asOf, AgingBasis basis = AgingBasis::DueDate)
{
    return ledger.detail(test::agingOptions(asOf, basis, u"30,60,90", u"C1"_s));
}

} // namespace

TEST_CASE("A plan customer is aged by installments from the plan's date", "[plans][aging]")
{
    PlanLedger ledger;
    PlanRequest request =
        PlanLedger::request(u"C1"_s, {u"INV-1"_s, u"INV-2"_s}, 3, "2025-03-31", "2025-03-01");
    request.schedule.downPayment = u"100.00"_s;
    request.schedule.fee = u"25.00"_s;
    REQUIRE(ledger.create(request) == 1);

    // The fee is part of the installments: (1000.00 + 25.00 − 100.00) / 3.
    CHECK(ledger.show(1, "2025-03-01") == "n,due_date,amount,paid,open,status\n"
                                          "0,2025-03-01,100.00,0.00,100.00,due\n"
                                          "1,2025-03-31,308.33,0.00,308.33,due\n"
                                          "2,2025-04-30,308.33,0.00,308.33,due\n"
                                          "3,2025-05-31,308.34,0.00,308.34,due\n");

    CHECK(detailOfC1(ledger, "2025-02-28") ==
          std::string(detailHeader) + "C1,Alpha,EUR,INV-1,2025-01-01,2025-01-31,28,1-30,600.00\n"
                                      "C1,Alpha,EUR,INV-2,2025-01-10,2025-02-09,19,1-30,400.00\n"
                                      "C1,Alpha,EUR,INV-3,2025-01-20,2025-02-19,9,1-30,50.00\n");
    CHECK(detailOfC1(ledger, "2025-03-01") ==
          std::string(detailHeader) +
              "C1,Alpha,EUR,INV-3,2025-01-20,2025-02-19,10,1-30,50.00\n"
              "C1,Alpha,EUR,PLAN-1/0,2025-03-01,2025-03-01,0,current,100.00\n"
              "C1,Alpha,EUR,PLAN-1/1,2025-03-01,2025-03-31,-30,current,308.33\n"
              "C1,Alpha,EUR,PLAN-1/2,2025-03-01,2025-04-30,-60,current,308.33\n"
              "C1,Alpha,EUR,PLAN-1/3,2025-03-01,2025-05-31,-91,current,308.34\n");
    CHECK(detailOfC1(ledger, "2025-04-15") ==
          std::string(detailHeader) +
              "C1,Alpha,EUR,INV-3,2025-01-20,2025-02-19,55,31-60,50.00\n"
              "C1,Alpha,EUR,PLAN-1/0,2025-03-01,2025-03-01,45,31-60,100.00\n"
              "C1,Alpha,EUR,PLAN-1/1,2025-03-01,2025-03-31,15,1-30,308.33\n"
              "C1,Alpha,EUR,PLAN-1/2,2025-03-01,2025-04-30,-15,current,308.33\n"
              "C1,Alpha,EUR,PLAN-1/3,2025-03-01,2025-05-31,-46,current,308.34\n");
    // By issue date, every installment is as old as the plan.
    CHECK(detailOfC1(ledger, "2025-04-15", AgingBasis::IssueDate) ==
          std::string(detailHeader) +
              "C1,Alpha,EUR,INV-3,2025-01-20,2025-02-19,85,61-90,50.00\n"
              "C1,Alpha,EUR,PLAN-1/0,2025-03-01,2025-03-01,45,31-60,100.00\n"
              "C1,Alpha,EUR,PLAN-1/1,2025-03-01,2025-03-31,45,31-60,308.33\n"
              "C1,Alpha,EUR,PLAN-1/2,2025-03-01,2025-04-30,45,31-60,308.33\n"
              "C1,Alpha,EUR,PLAN-1/3,2025-03-01,2025-05-31,45,31-60,308.34\n");
    CHECK(ledger.summary(test::agingOptions("2025-04-15")) ==
          "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n"
          "C1,Alpha,EUR,616.67,308.33,150.00,0.00,0.00,0.00,1075.00\n"
          "C2,Beta,EUR,0.00,0.00,0.00,300.00,0.00,0.00,300.00\n"
          "TOTAL,,EUR,616.67,308.33,150.00,300.00,0.00,0.00,1375.00\n");

    // The down payment paid on the plan's date leaves the report.
    ledger.pay("X1,C1,2025-03-01,100.00,INV-1,\n");
    CHECK(detailOfC1(ledger, "2025-03-01") ==
          std::string(detailHeader) +
              "C1,Alpha,EUR,INV-3,2025-01-20,2025-02-19,10,1-30,50.00\n"
              "C1,Alpha,EUR,PLAN-1/1,2025-03-01,2025-03-31,-30,current,308.33\n"
              "C1,Alpha,EUR,PLAN-1/2,2025-03-01,2025-04-30,-60,current,308.33\n"
              "C1,Alpha,EUR,PLAN-1/3,2025-03-01,2025-05-31,-91,current,308.34\n");
}

TEST_CASE("All open invoices: those issued on or before the date, at their open amount then",
          "[plans][aging]")
{
    PlanLedger ledger;
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-4,C1,2025-03-01,2025-03-31,70.00\n"
                                      "INV-5,C1,2025-01-25,2025-02-24,80.00\n"
                                      "INV-6,C1,2025-03-02,2025-04-01,90.00\n");
    // INV-2 is 100.00 paid before the plan's date; INV-5 wholly.
    ledger.pay("X1,C1,2025-02-01,100.00,INV-2,\n"
               "X2,C1,2025-02-10,80.00,INV-5,\n");

    REQUIRE(ledger.create(PlanLedger::request(u"C1"_s, {}, 2, "2025-04-01", "2025-03-01")) == 1);
    // INV-1 600.00 + INV-2 300.00 + INV-3 50.00 + INV-4 70.00 (issued on the plan's date);
    // neither the paid INV-5 nor INV-6, issued the day after, nor C2's INV-9.
    CHECK(ledger.list("2025-03-01") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,C1,2025-03-01,1020.00,1020.00,active\n");
    // Same due date: plain string order of the documents.
    CHECK(ledger.openItems("2025-03-02") == "INV-6 90.00\n"
                                            "PLAN-1/1 510.00\n"
                                            "PLAN-1/2 510.00\n"
                                            "INV-9 300.00\n");
    CHECK(ledger.openItems("2025-02-28") == "INV-1 600.00\n"
                                            "INV-2 300.00\n"
                                            "INV-3 50.00\n"
                                            "INV-9 300.00\n");
}

TEST_CASE("Plan ids count from 1 in creation order; the list shows plans made by the date",
          "[plans][list]")
{
    PlanLedger ledger;
    CHECK(ledger.list("2030-01-01") == "plan_id,customer_id,date,total,open,status\n");
    CHECK(ledger.create(
              PlanLedger::request(u"C1"_s, {u"INV-1"_s}, 2, "2025-03-10", "2025-03-10")) == 1);
    CHECK(ledger.create(
              PlanLedger::request(u"C2"_s, {u"INV-9"_s}, 3, "2025-03-05", "2025-03-05")) == 2);
    // Created third but dated first.
    CHECK(ledger.create(PlanLedger::request(u"C1"_s, {u"INV-2"_s, u"INV-3"_s}, 1, "2025-03-01",
                                            "2025-03-01")) == 3);
    ledger.pay("X1,C2,2025-03-06,120.00,,2\n");

    CHECK(ledger.list("2025-03-07") == "plan_id,customer_id,date,total,open,status\n"
                                       "2,C2,2025-03-05,300.00,180.00,active\n"
                                       "3,C1,2025-03-01,450.00,450.00,active\n");
    CHECK(ledger.list("2025-04-30") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,C1,2025-03-10,600.00,600.00,active\n"
                                       "2,C2,2025-03-05,300.00,180.00,active\n"
                                       "3,C1,2025-03-01,450.00,450.00,active\n");
    CHECK(ledger.list("2025-06-05") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,C1,2025-03-10,600.00,600.00,defaulted\n"
                                       "2,C2,2025-03-05,300.00,180.00,defaulted\n"
                                       "3,C1,2025-03-01,450.00,450.00,active\n");
}

TEST_CASE("A refused plan changes nothing", "[plans]")
{
    struct Refusal {
        const char* name;
        const char16_t* customer;
        QStringList invoices; // empty: --all-open
        const char16_t* downPayment;
        const char16_t* fee;
        ErrorCode code;
    };
    const Refusal refusal = GENERATE(values<Refusal>({
        {"an unknown customer", u"C7", {u"INV-1"_s}, u"", u"", ErrorCode::NotFound},
        {"an unknown invoice", u"C1", {u"INV-404"_s}, u"", u"", ErrorCode::NotFound},
        {"another customer's invoice",
         u"C1",
         {u"INV-1"_s, u"INV-9"_s},
         u"",
         u"",
         ErrorCode::InvalidInput},
        {"an invoice named twice",
         u"C1",
         {u"INV-1"_s, u"INV-1"_s},
         u"",
         u"",
         ErrorCode::InvalidInput},
        {"an invoice issued after the plan's date",
         u"C1",
         {u"INV-3"_s},
         u"",
         u"",
         ErrorCode::InvalidInput},
        {"a down payment of the whole amount",
         u"C1",
         {u"INV-1"_s},
         u"600.00",
         u"",
         ErrorCode::InvalidInput},
        {"a fee with too many decimals",
         u"C1",
         {u"INV-1"_s},
         u"",
         u"1.005",
         ErrorCode::InvalidArgument},
        {"a negative down payment", u"C1", {u"INV-1"_s}, u"-1.00", u"", ErrorCode::InvalidArgument},
    }));
    INFO(refusal.name);
    PlanLedger ledger;
    PlanRequest request = PlanLedger::request(QString::fromUtf16(refusal.customer),
                                              refusal.invoices, 2, "2025-01-31", "2025-01-15");
    request.schedule.downPayment = QString::fromUtf16(refusal.downPayment);
    request.schedule.fee = QString::fromUtf16(refusal.fee);
    CHECK(ledger.refusal(request).code == refusal.code);
    // Ids still start at 1.
    CHECK(ledger.create(
              PlanLedger::request(u"C1"_s, {u"INV-1"_s}, 2, "2025-01-31", "2025-01-15")) == 1);
}

TEST_CASE("An invoice is on one active plan at a time, and only while something is open", "[plans]")
{
    PlanLedger ledger;
    REQUIRE(ledger.create(
                PlanLedger::request(u"C1"_s, {u"INV-1"_s}, 2, "2025-03-10", "2025-03-01")) == 1);
    CHECK(ledger.refusal(PlanLedger::request(u"C1"_s, {u"INV-1"_s}, 2, "2025-03-10", "2025-03-01"))
              .code == ErrorCode::InvalidInput);

    ledger.pay("X1,C2,2025-02-01,300.00,INV-9,\n");
    CHECK(ledger.refusal(PlanLedger::request(u"C2"_s, {u"INV-9"_s}, 2, "2025-03-10", "2025-03-01"))
              .code == ErrorCode::InvalidInput);
    CHECK(ledger.refusal(PlanLedger::request(u"C2"_s, {}, 2, "2025-03-10", "2025-03-01")).code ==
          ErrorCode::InvalidInput);
    // Dated before the payment, a plan takes INV-9 as it was open then; the payment moves
    // to the plan's installments and settles them.
    REQUIRE(ledger.create(
                PlanLedger::request(u"C2"_s, {u"INV-9"_s}, 2, "2025-03-10", "2025-01-20")) == 2);
    CHECK(ledger.show(2, "2025-02-01") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-03-10,150.00,150.00,0.00,paid\n"
                                          "2,2025-04-10,150.00,150.00,0.00,paid\n");
}

TEST_CASE("A plan dated back takes what was open then; later money moves to its installments",
          "[plans][aging]")
{
    PlanLedger ledger;
    ledger.pay("X1,C1,2025-03-10,100.00,INV-1,\n");
    const auto writeOff = WriteOffService(ledger.database())
                              .writeOff({.invoiceNumber = u"INV-1"_s,
                                         .date = test::day("2025-03-12"),
                                         .amountMinor = 5000,
                                         .reason = u"goodwill"_s});
    REQUIRE(writeOff.has_value());

    const PlanRequest request = PlanLedger::request(
        u"C1"_s, GENERATE(QStringList{u"INV-1"_s}, QStringList{}), 2, "2025-03-31", "2025-03-01");
    INFO((request.allOpen ? "--all-open" : "--invoices INV-1"));
    REQUIRE(ledger.create(request) == 1);

    // As of dates after the plan's, INV-1 is never aged as an invoice again.
    for (const char* asOf : {"2025-03-01", "2025-03-10", "2025-03-12"}) {
        INFO("as of " << asOf);
        CHECK(ledger.openItems(asOf).find("INV-1 ") == std::string::npos);
    }
    if (!request.allOpen) {
        CHECK(ledger.show(1, "2025-03-10") == "n,due_date,amount,paid,open,status\n"
                                              "1,2025-03-31,300.00,100.00,200.00,partial\n"
                                              "2,2025-04-30,300.00,0.00,300.00,due\n");
        CHECK(ledger.show(1, "2025-03-12") == "n,due_date,amount,paid,open,status\n"
                                              "1,2025-03-31,300.00,150.00,150.00,partial\n"
                                              "2,2025-04-30,300.00,0.00,300.00,due\n");
        CHECK(ledger.openItems("2025-03-12") == "INV-2 400.00\n"
                                                "INV-3 50.00\n"
                                                "PLAN-1/1 150.00\n"
                                                "PLAN-1/2 300.00\n"
                                                "INV-9 300.00\n");
    } else {
        // INV-1 600.00 + INV-2 400.00 + INV-3 50.00, in two.
        CHECK(ledger.show(1, "2025-03-12") == "n,due_date,amount,paid,open,status\n"
                                              "1,2025-03-31,525.00,150.00,375.00,partial\n"
                                              "2,2025-04-30,525.00,0.00,525.00,due\n");
    }
    // The payment keeps its amount and stays fully applied.
    CHECK(ledger.openItems("2025-12-31").find("X1") == std::string::npos);
}

TEST_CASE("A JPY plan is in whole yen", "[plans]")
{
    PlanLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\nJ1,Japan KK,JPY\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                      "J-1,J1,2025-01-10,100000\n"
                                      "J-2,J1,2025-01-12,5000\n");
    PlanRequest request = PlanLedger::request(u"J1"_s, {u"J-1"_s}, 3, "2025-02-20", "2025-02-15");
    request.schedule.frequency = PlanFrequency::Weekly;
    request.schedule.fee = u"1000"_s;
    REQUIRE(ledger.create(request) == 1);
    ledger.pay("X1,J1,2025-02-21,40000,,1\n");
    CHECK(ledger.show(1, "2025-02-28") == "n,due_date,amount,paid,open,status\n"
                                          "1,2025-02-20,33667,33667,0,paid\n"
                                          "2,2025-02-27,33667,6333,27334,partial\n"
                                          "3,2025-03-06,33666,0,33666,due\n");
    CHECK(ledger.list("2025-02-28") == "plan_id,customer_id,date,total,open,status\n"
                                       "1,J1,2025-02-15,101000,61000,active\n");

    PlanRequest decimals = PlanLedger::request(u"J1"_s, {u"J-2"_s}, 3, "2025-02-20", "2025-02-15");
    decimals.schedule.fee = u"1.5"_s;
    CHECK(ledger.refusal(decimals).code == ErrorCode::InvalidArgument);
}
