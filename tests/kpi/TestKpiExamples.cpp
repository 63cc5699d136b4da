// Published worked examples of the KPIs, rebuilt as real ledgers (invoices and payments with
// issue and due dates) whose receivables figures are the examples' own; the expected values
// are the sources', the rows around them follow from the spec's formulas ("KPIs").

#include <catch2/catch.hpp>

#include "KpiTable.h"

using namespace ardesk;
using ardesk::test::kpiRows;
using ardesk::test::ServiceLedger;

TEST_CASE("CEI: the Credit Guru three-month example", "[kpi][cei]")
{
    // Source: Credit Guru, "Collection Effectiveness Index (CEI)",
    // http://www.creditguru.com/index.php/collection-management/collection-metrics/collection-effectiveness-index-cei
    // Credit sales Jan-Mar 10,890 (3,390 / 3,610 / 3,890), beginning receivables 6,200, ending
    // total receivables 6,340, ending current receivables 3,590, N = 3 months:
    // CEI = (6,200 + 10,890 / 3 - 6,340) / (6,200 + 10,890 / 3 - 3,590) × 100 = 55.9 %.
    // The ledger: the December invoice is the beginning AR; each month's invoice is that month's
    // credit sales; payments leave 2,750 of February's invoice overdue and 3,590 of March's
    // (due in April) current on March 31.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "D-1,C1,2024-12-15,2025-01-14,6200.00\n"
                                      "J-1,C1,2025-01-15,2025-02-14,3390.00\n"
                                      "F-1,C1,2025-02-15,2025-03-17,3610.00\n"
                                      "M-1,C1,2025-03-10,2025-04-09,3890.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-01-20,6200.00,D-1\n"
                                      "P2,C1,2025-02-20,3390.00,J-1\n"
                                      "P3,C1,2025-03-20,860.00,F-1\n"
                                      "P4,C1,2025-03-25,300.00,M-1\n");

    const std::string quarter =
        "2025-01-01,2025-03-31,10890.00,6200.00,6340.00,3590.00,52.40,50.00,29.67,22.73,55.93\n";
    CHECK(kpiRows(ledger, "2025-01-01", "2025-03-31", KpiPeriod::Whole) == quarter);
    CHECK(kpiRows(ledger, "2025-01-01", "2025-03-31", KpiPeriod::Quarter) == quarter);
    // Month by month (N = 1 each): all of January's and February's AR is current at month end;
    // March's countback takes March (3,890, 31 days) and 2,450 / 3,610 of February's 28 days.
    CHECK(kpiRows(ledger, "2025-01-01", "2025-03-31") ==
          "2025-01-01,2025-01-31,3390.00,6200.00,3390.00,3390.00,31.00,31.00,31.00,0.00,100.00\n"
          "2025-02-01,2025-02-28,3610.00,3390.00,3610.00,3610.00,28.00,28.00,28.00,0.00,100.00\n"
          "2025-03-01,2025-03-31,3890.00,3610.00,6340.00,3590.00,50.52,50.00,28.61,21.92,29.67\n");
}

namespace {

// Source: "Debtor Days Calculation Count Back Method", calculator7.snowdaycalculatornow.com:
// AR 2,100,000 at March 31; credit sales March 900,000 (31 days), February 800,000 (28 days),
// January 700,000 (31 days): 2,100,000 − 900,000 − 800,000 = 400,000 left for January, so
// debtor days = 31 + 28 + 400,000 / 700,000 × 31 = 76.71.
void loadCountbackExample(ServiceLedger& ledger)
{
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                      "J-1,C1,2025-01-10,700000.00\n"
                                      "F-1,C1,2025-02-10,800000.00\n"
                                      "M-1,C1,2025-03-10,900000.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-03-15,300000.00,J-1\n");
}

} // namespace

TEST_CASE("Countback DSO: the worked example", "[kpi][countback]")
{
    ServiceLedger ledger;
    loadCountbackExample(ledger);
    // The whole quarter, and March alone: the countback goes back past --from (spec, Settled
    // details / KPIs) and gives the same 76.71. With no beginning AR the quarter's CEI is
    // (2,400,000 / 3 − 2,100,000) / (2,400,000 / 3 − 900,000) = 13, i.e. 1300 %: the index
    // means little without a beginning balance, but it is what the formula says.
    CHECK(kpiRows(ledger, "2025-01-01", "2025-03-31", KpiPeriod::Whole) ==
          "2025-01-01,2025-03-31,2400000.00,0.00,2100000.00,900000.00,78.75,76.71,33.75,45.00,"
          "1300.00\n");
    CHECK(kpiRows(ledger, "2025-03-01", "2025-03-31") ==
          "2025-03-01,2025-03-31,900000.00,1500000.00,2100000.00,900000.00,72.33,76.71,31.00,"
          "41.33,20.00\n");

    // Reading of the spec ("from `to` backwards"): sales after --to are not known as of
    // --to. On February 10 the AR is 1,500,000; February so far has 800,000 over 10 days,
    // and January's 700,000 covers the rest exactly: 10 + 31 days.
    CHECK(kpiRows(ledger, "2025-02-01", "2025-02-10") ==
          "2025-02-01,2025-02-10,800000.00,700000.00,1500000.00,800000.00,18.75,41.00,10.00,"
          "8.75,0.00\n");
}

TEST_CASE("Countback DSO: zero-sales months and the end of history", "[kpi][countback]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\n");

    SECTION("a month with no sales adds its days and the walk goes on")
    {
        // Spec, Settled details / KPIs. March 500 (31 days), February nothing (28 days), then
        // January's 1,000 covers the remaining 1,000 exactly: 31 + 28 + 31.
        ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                          "J-1,C1,2025-01-20,1000.00\n"
                                          "M-1,C1,2025-03-05,500.00\n");
        CHECK(kpiRows(ledger, "2025-03-01", "2025-03-31") ==
              "2025-03-01,2025-03-31,500.00,1000.00,1500.00,500.00,93.00,90.00,31.00,62.00,"
              "0.00\n");
    }

    SECTION("history running out before the AR is covered gives an empty countback")
    {
        // Spec, Settled details / KPIs. C2's credit note stays unapplied (C2 owes nothing), so
        // it lowers January's net credit sales to 600 but not the AR of 1,000: January, the
        // first month with any sales, cannot cover it.
        ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                          "J-1,C1,2025-01-20,1000.00\n");
        ledger.load(ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount\n"
                                             "CN-1,C2,2025-01-25,400.00\n");
        CHECK(kpiRows(ledger, "2024-12-01", "2025-02-28") ==
              "2024-12-01,2024-12-31,0.00,0.00,0.00,0.00,,0.00,,,\n"
              "2025-01-01,2025-01-31,600.00,0.00,1000.00,1000.00,51.67,,51.67,0.00,100.00\n"
              "2025-02-01,2025-02-28,0.00,1000.00,1000.00,0.00,,,,,0.00\n");
    }
}
