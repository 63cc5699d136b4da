// The KPI definitions of the spec ("KPIs" and "Settled details / KPIs"), one rule per case, on
// small ledgers built through the importer and the services. Expected figures are worked out by
// hand from the formulas quoted in each case.

#include <catch2/catch.hpp>

#include "KpiTable.h"
#include "dunning/DunningLevelService.h"
#include "dunning/DunningService.h"
#include "ledger/WriteOffService.h"
#include "plans/PlanService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::kpiReport;
using ardesk::test::kpiRows;
using ardesk::test::ServiceLedger;

TEST_CASE("ADD is DSO minus BPDSO from the unrounded values", "[kpi]")
{
    // Spec, Settled details / KPIs: "add is computed from unrounded values". January: credit
    // sales 1,000.00, end AR 600.07, current AR 303.12, 31 days:
    // dso = 600.07 / 1,000 × 31 = 18.60217 → 18.60; bpdso = 303.12 / 1,000 × 31 = 9.39672 → 9.40;
    // add = 296.95 / 1,000 × 31 = 9.20545 → 9.21, where 18.60 − 9.40 would say 9.20.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-05,2025-01-15,296.95\n"
                                      "INV-2,C1,2025-01-20,2025-02-19,303.12\n"
                                      "INV-3,C1,2025-01-10,2025-01-20,399.93\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-01-25,399.93,INV-3\n");
    CHECK(kpiRows(ledger, "2025-01-01", "2025-01-31") ==
          "2025-01-01,2025-01-31,1000.00,0.00,600.07,303.12,18.60,18.60,9.40,9.21,57.39\n");
}

TEST_CASE("Credit notes reduce credit sales; a negative month gives negative ratios", "[kpi]")
{
    // credit_sales = invoices issued in the period − credit notes dated in the period. January:
    // 4,034 + 1,000 − 200 = 4,834. February: only a credit note, so −2,800, and
    // dso = 1,234 / −2,800 × 28 = −12.34 (also add; bpdso is 0 / −2,800 = 0.00).
    // February's countback: −2,800 raises the AR to cover to 4,034 over 28 days, then
    // January: 28 + 4,034 / 4,834 × 31 = 53.87. CEI = (4,834 − 2,800 − 1,234) / (4,834 − 2,800).
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-10,2025-01-20,4034.00\n"
                                      "INV-2,C1,2025-01-12,2025-02-11,1000.00\n");
    ledger.load(ImportKind::CreditNotes,
                "credit_note_number,customer_id,date,amount,invoice_number\n"
                "CN-0,C1,2025-01-15,200.00,INV-2\n"
                "CN-1,C1,2025-02-05,2800.00,INV-1\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-02-08,800.00,INV-2\n");
    CHECK(kpiRows(ledger, "2025-01-01", "2025-02-28") ==
          "2025-01-01,2025-01-31,4834.00,0.00,4834.00,800.00,31.00,31.00,5.13,25.87,0.00\n"
          "2025-02-01,2025-02-28,-2800.00,4834.00,1234.00,0.00,-12.34,53.87,0.00,-12.34,39.33\n");
}

TEST_CASE("Small negative ratios keep their sign and two decimals", "[kpi]")
{
    // February's net credit sales are −620.00 against an end AR of 1.00:
    // dso = 1 / −620 × 28 = −0.045 → −0.05.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-10,2025-01-20,620.00\n"
                                      "INV-2,C2,2025-01-10,2025-01-20,1.00\n");
    ledger.load(ImportKind::CreditNotes,
                "credit_note_number,customer_id,date,amount,invoice_number\n"
                "CN-1,C1,2025-02-05,620.00,INV-1\n");
    CHECK(kpiRows(ledger, "2025-02-01", "2025-02-28") ==
          "2025-02-01,2025-02-28,-620.00,621.00,1.00,0.00,-0.05,59.00,0.00,-0.05,0.00\n");
}

TEST_CASE("Ratios are rounded half-up, ties away from zero", "[kpi]")
{
    // Spec, Settled details / KPIs: "rounded half-up to 2 decimals". One-day periods, AR 57.00:
    // on March 5 credit sales are 200.00, so dso = 57 / 200 × 1 = 0.285 → 0.29 (a double would
    // print 0.28) and the countback 57 / 200 × 5 = 1.425 → 1.43; on March 6 an unapplied credit
    // note makes them −200.00, so dso = −0.285 → −0.29.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-0,C1,2025-02-01,2025-02-10,57.00\n"
                                      "INV-1,C1,2025-03-05,2025-04-04,200.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-03-05,200.00,INV-1\n");
    ledger.load(ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount\n"
                                         "CN-1,C2,2025-03-06,200.00\n");
    CHECK(kpiRows(ledger, "2025-03-05", "2025-03-05", KpiPeriod::Whole) ==
          "2025-03-05,2025-03-05,200.00,57.00,57.00,0.00,0.29,1.43,0.00,0.29,77.82\n");
    CHECK(kpiRows(ledger, "2025-03-06", "2025-03-06", KpiPeriod::Whole) ==
          "2025-03-06,2025-03-06,-200.00,57.00,57.00,0.00,-0.29,34.00,0.00,-0.29,139.86\n");
}

TEST_CASE("Undefined ratios are empty cells", "[kpi]")
{
    // Spec, Settled details / KPIs: dso, bpdso and add are empty when credit sales are 0; cei is
    // empty when begin_ar + credit_sales / N − current_ar is 0 (January: no beginning AR and all
    // of the month's sales still current). No AR at all: the countback has nothing to cover.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-10,2025-02-09,1000.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-03-03,1000.00,INV-1\n");
    CHECK(kpiRows(ledger, "2024-12-01", "2025-03-31") ==
          "2024-12-01,2024-12-31,0.00,0.00,0.00,0.00,,0.00,,,\n"
          "2025-01-01,2025-01-31,1000.00,0.00,1000.00,1000.00,31.00,31.00,31.00,0.00,\n"
          "2025-02-01,2025-02-28,0.00,1000.00,1000.00,0.00,,59.00,,,0.00\n"
          "2025-03-01,2025-03-31,0.00,1000.00,0.00,0.00,,0.00,,,100.00\n");
    const KpiReport report = kpiReport(ledger, "2025-02-01", "2025-02-28");
    REQUIRE(report.rows.size() == 1);
    CHECK_FALSE(report.rows[0].dso.has_value());
    CHECK_FALSE(report.rows[0].bpdso.has_value());
    CHECK_FALSE(report.rows[0].add.has_value());
}

TEST_CASE("A payment counts from its own date, and never before its invoice", "[kpi]")
{
    // ar(d) counts payments dated on or before d (aging's rule, spec "Aging"): the payment of
    // February 3 leaves January's end AR at 1,000. A deposit dated January 25 for an invoice
    // issued February 10 (an explicit link applies whatever the dates) must not lower January's
    // AR either: as of January 31 neither the invoice nor its settlement exists.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-10,2025-02-09,1000.00\n"
                                      "INV-2,C1,2025-02-10,2025-03-12,500.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P0,C1,2025-01-25,500.00,INV-2\n"
                                      "P1,C1,2025-02-03,1000.00,INV-1\n");
    CHECK(kpiRows(ledger, "2025-01-01", "2025-02-28") ==
          "2025-01-01,2025-01-31,1000.00,0.00,1000.00,1000.00,31.00,31.00,31.00,0.00,\n"
          "2025-02-01,2025-02-28,500.00,1000.00,0.00,0.00,0.00,0.00,0.00,0.00,100.00\n");
}

TEST_CASE("A write-off reduces AR from its date but is no credit sale adjustment", "[kpi]")
{
    // Spec, Settled details / write-off. February: AR 1,000 → 600, credit sales stay 0.00;
    // countback 28 + 600 / 1,000 × 31 = 46.60; CEI = (1,000 − 600) / (1,000 − 0) = 40.00.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-10,2025-01-20,1000.00\n");
    const auto writeOff = WriteOffService(ledger.database())
                              .writeOff({.invoiceNumber = u"INV-1"_s,
                                         .date = day("2025-02-10"),
                                         .amountMinor = 40000,
                                         .reason = u"settlement"_s});
    REQUIRE(writeOff.has_value());
    CHECK(kpiRows(ledger, "2025-01-01", "2025-02-28") ==
          "2025-01-01,2025-01-31,1000.00,0.00,1000.00,0.00,31.00,31.00,0.00,31.00,0.00\n"
          "2025-02-01,2025-02-28,0.00,1000.00,600.00,0.00,,46.60,,,40.00\n");
}

TEST_CASE("Plan installments' fee and interest are AR but not credit sales", "[kpi][plans]")
{
    // Spec, Settled details / Plans. INV-1 (1,000.00) goes on a plan on February 10 with a
    // 30.00 fee at 12 % a year over 3 months: 1,030.00 amortized at 1 % a month is 350.22,
    // 350.22 and 350.23 (interest 10.30, 6.90, 3.47 on the remaining balance), 1,050.67 in all.
    // February's AR is the installments' 1,050.67 (all due later, so current), its credit sales
    // stay 0.00. In March the first installment is paid; the countback has only January's
    // 1,000 of sales to count: 31 + 28 + 700.45 / 1,000 × 31 = 80.71.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-05,2025-02-04,1000.00\n");
    const auto plan = PlanService(ledger.database())
                          .create({.customerCode = u"C1"_s,
                                   .invoiceNumbers = {u"INV-1"_s},
                                   .allOpen = false,
                                   .schedule = {.date = day("2025-02-10"),
                                                .installments = 3,
                                                .frequency = PlanFrequency::Monthly,
                                                .firstDue = day("2025-03-10"),
                                                .downPayment = {},
                                                .fee = u"30.00"_s,
                                                .annualRate = u"12"_s}});
    if (!plan)
        FAIL(plan.error().detail.toStdString());
    CHECK(plan->totalMinor == 105067);
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,plan_id\n"
                                      "P1,C1,2025-03-12,350.22,1\n");
    CHECK(kpiRows(ledger, "2025-01-01", "2025-03-31") ==
          "2025-01-01,2025-01-31,1000.00,0.00,1000.00,1000.00,31.00,31.00,31.00,0.00,\n"
          "2025-02-01,2025-02-28,0.00,1000.00,1050.67,1050.67,,,,,100.00\n"
          "2025-03-01,2025-03-31,0.00,1050.67,700.45,700.45,,80.71,,,100.00\n");
}

TEST_CASE("Unapplied credit is not netted against AR", "[kpi]")
{
    // ar(d) is open invoice and installment amounts; C1's 500.00 overpayment stays unapplied
    // and does not lower the AR of C2's 300.00 (it would be −200 if netted).
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-10,2025-02-09,1000.00\n"
                                      "INV-2,C2,2025-01-15,2025-02-14,300.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P1,C1,2025-01-20,1500.00\n");
    CHECK(kpiRows(ledger, "2025-01-01", "2025-01-31") ==
          "2025-01-01,2025-01-31,1300.00,0.00,300.00,300.00,7.15,7.15,7.15,0.00,100.00\n");
}

TEST_CASE("An item due on the evaluation day is current", "[kpi]")
{
    // Spec, Settled details / KPIs: current_ar(d) = open items with due date >= d. On January 31
    // INV-A (due that day) is current and INV-B (due January 30) is not; on January 30 both are.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-A,C1,2025-01-01,2025-01-31,200.00\n"
                                      "INV-B,C1,2025-01-01,2025-01-30,100.00\n");
    CHECK(kpiRows(ledger, "2025-01-01", "2025-01-31") ==
          "2025-01-01,2025-01-31,300.00,0.00,300.00,200.00,31.00,31.00,20.67,10.33,0.00\n");
    CHECK(kpiRows(ledger, "2025-01-01", "2025-01-30") ==
          "2025-01-01,2025-01-30,300.00,0.00,300.00,300.00,30.00,30.00,30.00,0.00,\n");
}

TEST_CASE("Documents in other currencies are left out and named", "[kpi]")
{
    // Spec, Settled details / KPIs: ledger currency only; the CLI warns (KpiCommand, checked in
    // tests/golden/kpi). The USD payment must not reduce the EUR AR either.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\nU1,Uncle,USD\n"
                                       "J1,Jun,JPY\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-10,2025-02-09,1000.00\n"
                                      "INV-U,U1,2025-01-10,2025-02-09,5000.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P-U,U1,2025-01-20,4000.00\n");
    ledger.load(ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount\n"
                                         "CN-J,J1,2025-01-15,3000\n");
    const KpiReport report = kpiReport(ledger, "2025-01-01", "2025-01-31");
    CHECK(report.currency.code() == u"EUR"_s);
    CHECK(report.leftOutCurrencies == QStringList{u"JPY"_s, u"USD"_s});
    CHECK(kpiRows(ledger, "2025-01-01", "2025-01-31") ==
          "2025-01-01,2025-01-31,1000.00,0.00,1000.00,1000.00,31.00,31.00,31.00,0.00,\n");

    // Before any foreign document is dated, there is nothing to leave out.
    CHECK(kpiReport(ledger, "2024-12-01", "2024-12-31").leftOutCurrencies.isEmpty());
}

TEST_CASE("A booked reminder charge is receivable, but not a credit sale", "[kpi]")
{
    // Like a plan's fee and interest (spec, Settled details / Plans), the interest and fee a
    // dunning run books on the customer are owed, so they are AR, but nothing was sold.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-05,2025-01-15,1000.00\n");
    DunningLevelService levels(ledger.database());
    auto ladder = levels.levels();
    REQUIRE(ladder.has_value());
    (*ladder)[1].feeMinor = 10'00; // level 1: [0] is the courtesy level
    REQUIRE(levels.save(*ladder, *levels.levels()));
    DunningService dunning(ledger.database());
    dunning.setBookCharges(true);
    const auto notices = dunning.select(day("2025-01-20"));
    REQUIRE(notices.has_value());
    REQUIRE(notices->size() == 1);
    REQUIRE(dunning.record(notices->first(), ReminderChannel::Letter, day("2025-01-20")));

    // The charge REM-2025-01-20-C1 (10.00) is due on 2025-02-19, by the default 30 days' terms.
    const KpiReport report = kpiReport(ledger, "2025-01-01", "2025-01-31");
    REQUIRE(report.rows.size() == 1);
    const KpiRow& january = report.rows.first();
    CHECK(january.creditSalesMinor == 1000'00);
    CHECK(january.endArMinor == 1010'00);
    CHECK(january.currentArMinor == 10'00);
}

TEST_CASE("A discount allowed reduces AR from the payment's date but is no credit sale "
          "adjustment",
          "[kpi][discount]")
{
    // Contract Part 2, 3: like a write-off. INV-1 (1,000.00, 2/10) issued January 25 is paid
    // 980.00 on February 3 and 20.00 is allowed. January: the row of one open current invoice
    // (dso = bpdso = 1,000 / 1,000 × 31 = 31.00, CEI undefined). February: credit sales stay
    // 0.00 (a credit note of 20.00 would make them -20.00), AR falls from 1,000 to 0, so
    // CEI = (1,000 + 0 − 0) / (1,000 + 0 − 0) = 100.00; no sales, so no DSO.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers,
                "customer_id,name,discount_percent,discount_days\nC1,Alpha,2,10\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-25,2025-02-24,1000.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-02-03,980.00,INV-1\n");
    CHECK(kpiRows(ledger, "2025-01-01", "2025-02-28") ==
          "2025-01-01,2025-01-31,1000.00,0.00,1000.00,1000.00,31.00,31.00,31.00,0.00,\n"
          "2025-02-01,2025-02-28,0.00,1000.00,0.00,0.00,,0.00,,,100.00\n");

    // The same as the payment and a write-off of the difference on its date.
    ServiceLedger writtenOff;
    writtenOff.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    writtenOff.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                          "INV-1,C1,2025-01-25,2025-02-24,1000.00\n");
    writtenOff.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                          "P1,C1,2025-02-03,980.00,INV-1\n");
    REQUIRE(WriteOffService(writtenOff.database())
                .writeOff({.invoiceNumber = u"INV-1"_s,
                           .date = day("2025-02-03"),
                           .amountMinor = 2000,
                           .reason = u"discount"_s})
                .has_value());
    CHECK(kpiRows(ledger, "2025-01-01", "2025-02-28") ==
          kpiRows(writtenOff, "2025-01-01", "2025-02-28"));
}
