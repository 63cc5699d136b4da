// Aging as of a date (spec: "Aging" and "Settled details / Aging output"), through the aging
// service and the contract's CSV. Every expected row below is worked out from the spec by hand.

#include <catch2/catch.hpp>

#include "aging/AgingService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::agingOptions;
using ardesk::test::ServiceLedger;

namespace {

const std::string summaryHeader =
    "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n";
const std::string detailHeader = "customer_id,customer_name,currency,document,issue_date,due_date,"
                                 "age_days,bucket,open_amount\n";

// One customer C1 "Alpha" (EUR) with INV-1: issued 2025-03-01, due 2025-03-31, 100.00.
void oneInvoice(ServiceLedger& ledger)
{
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-03-01,2025-03-31,100.00\n");
}

// The summary for a single EUR customer whose amounts are `cells` (buckets, unapplied, total).
std::string alphaSummary(const std::string& header, const std::string& cells)
{
    return header + "C1,Alpha,EUR," + cells + "\nTOTAL,,EUR," + cells + '\n';
}

} // namespace

TEST_CASE("Aging buckets by days past due: 30,60,90", "[aging]")
{
    // Due 2025-03-31; age = as-of date - due date in days.
    const auto [asOf, age, bucket, cells] =
        GENERATE(table<const char*, int, const char*, const char*>({
            {"2025-03-26", -5, "current", "100.00,0.00,0.00,0.00,0.00,0.00,100.00"},
            {"2025-03-31", 0, "current", "100.00,0.00,0.00,0.00,0.00,0.00,100.00"},
            {"2025-04-01", 1, "1-30", "0.00,100.00,0.00,0.00,0.00,0.00,100.00"},
            {"2025-04-30", 30, "1-30", "0.00,100.00,0.00,0.00,0.00,0.00,100.00"},
            {"2025-05-01", 31, "31-60", "0.00,0.00,100.00,0.00,0.00,0.00,100.00"},
            {"2025-05-30", 60, "31-60", "0.00,0.00,100.00,0.00,0.00,0.00,100.00"},
            {"2025-05-31", 61, "61-90", "0.00,0.00,0.00,100.00,0.00,0.00,100.00"},
            {"2025-06-29", 90, "61-90", "0.00,0.00,0.00,100.00,0.00,0.00,100.00"},
            {"2025-06-30", 91, "91+", "0.00,0.00,0.00,0.00,100.00,0.00,100.00"},
            {"2026-03-31", 365, "91+", "0.00,0.00,0.00,0.00,100.00,0.00,100.00"},
        }));
    INFO("as of " << asOf);
    ServiceLedger ledger;
    oneInvoice(ledger);
    CHECK(ledger.summary(agingOptions(asOf)) == alphaSummary(summaryHeader, cells));
    CHECK(ledger.detail(agingOptions(asOf)) ==
          detailHeader + "C1,Alpha,EUR,INV-1,2025-03-01,2025-03-31," + std::to_string(age) + ',' +
              bucket + ",100.00\n");
}

TEST_CASE("Custom bucket edges", "[aging]")
{
    const auto [buckets, asOf, age, bucket, header, cells] =
        GENERATE(table<const char16_t*, const char*, int, const char*, const char*, const char*>({
            {u"15,45", "2025-03-31", 0, "current", "current,1-15,16-45,46+",
             "100.00,0.00,0.00,0.00,0.00,100.00"},
            {u"15,45", "2025-04-01", 1, "1-15", "current,1-15,16-45,46+",
             "0.00,100.00,0.00,0.00,0.00,100.00"},
            {u"15,45", "2025-04-15", 15, "1-15", "current,1-15,16-45,46+",
             "0.00,100.00,0.00,0.00,0.00,100.00"},
            {u"15,45", "2025-04-16", 16, "16-45", "current,1-15,16-45,46+",
             "0.00,0.00,100.00,0.00,0.00,100.00"},
            {u"15,45", "2025-05-15", 45, "16-45", "current,1-15,16-45,46+",
             "0.00,0.00,100.00,0.00,0.00,100.00"},
            {u"15,45", "2025-05-16", 46, "46+", "current,1-15,16-45,46+",
             "0.00,0.00,0.00,100.00,0.00,100.00"},
            {u"30", "2025-04-30", 30, "1-30", "current,1-30,31+", "0.00,100.00,0.00,0.00,100.00"},
            {u"30", "2025-05-01", 31, "31+", "current,1-30,31+", "0.00,0.00,100.00,0.00,100.00"},
            {u"1", "2025-04-01", 1, "1-1", "current,1-1,2+", "0.00,100.00,0.00,0.00,100.00"},
            {u"1", "2025-04-02", 2, "2+", "current,1-1,2+", "0.00,0.00,100.00,0.00,100.00"},
        }));
    INFO("--buckets " << QString::fromUtf16(buckets).toStdString() << " as of " << asOf);
    ServiceLedger ledger;
    oneInvoice(ledger);
    const AgingOptions options =
        agingOptions(asOf, AgingBasis::DueDate, QStringView(buckets), QString());
    const std::string summaryHead =
        std::string("customer_id,customer_name,currency,") + header + ",unapplied,total\n";
    CHECK(ledger.summary(options) == alphaSummary(summaryHead, cells));
    CHECK(ledger.detail(options) == detailHeader + "C1,Alpha,EUR,INV-1,2025-03-01,2025-03-31," +
                                        std::to_string(age) + ',' + bucket + ",100.00\n");
}

TEST_CASE("The issue basis (--basis issue) ages by the issue date", "[aging]")
{
    ServiceLedger ledger;
    oneInvoice(ledger);
    // As of 2025-04-10: 10 days past due (1-30), 40 days past issue (31-60).
    CHECK(ledger.summary(agingOptions("2025-04-10")) ==
          alphaSummary(summaryHeader, "0.00,100.00,0.00,0.00,0.00,0.00,100.00"));
    CHECK(ledger.summary(agingOptions("2025-04-10", AgingBasis::IssueDate)) ==
          alphaSummary(summaryHeader, "0.00,0.00,100.00,0.00,0.00,0.00,100.00"));
    CHECK(ledger.detail(agingOptions("2025-04-10", AgingBasis::IssueDate)) ==
          detailHeader + "C1,Alpha,EUR,INV-1,2025-03-01,2025-03-31,40,31-60,100.00\n");
    // On the issue date itself: age 0 by issue date, -30 by due date; current either way.
    CHECK(ledger.detail(agingOptions("2025-03-01", AgingBasis::IssueDate)) ==
          detailHeader + "C1,Alpha,EUR,INV-1,2025-03-01,2025-03-31,0,current,100.00\n");
    CHECK(ledger.detail(agingOptions("2025-03-01")) ==
          detailHeader + "C1,Alpha,EUR,INV-1,2025-03-01,2025-03-31,-30,current,100.00\n");
}

TEST_CASE("Due dates: the customer's terms by default, a due date before the issue date is "
          "accepted",
          "[aging]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,terms_days\n"
                                       "C1,Alpha,14\n"
                                       "C2,Beta,\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-01,,10.00\n"
                                      "INV-2,C2,2025-01-01,,20.00\n"
                                      "INV-3,C2,2025-01-10,2025-01-05,30.00\n");
    CHECK(ledger.detail(agingOptions("2025-01-20")) ==
          detailHeader + "C1,Alpha,EUR,INV-1,2025-01-01,2025-01-15,5,1-30,10.00\n"
                         "C2,Beta,EUR,INV-3,2025-01-10,2025-01-05,15,1-30,30.00\n"
                         "C2,Beta,EUR,INV-2,2025-01-01,2025-01-31,-11,current,20.00\n");
}

TEST_CASE("Only payments dated on or before the as-of date reduce what is open", "[aging]")
{
    ServiceLedger ledger;
    oneInvoice(ledger);
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P1,C1,2025-04-15,40.00\n"
                                      "P2,C1,2025-04-20,60.00\n");
    const auto [asOf, cells] = GENERATE(table<const char*, const char*>({
        {"2025-04-14", "0.00,100.00,0.00,0.00,0.00,0.00,100.00"},
        {"2025-04-15", "0.00,60.00,0.00,0.00,0.00,0.00,60.00"},
        {"2025-04-19", "0.00,60.00,0.00,0.00,0.00,0.00,60.00"},
    }));
    INFO("as of " << asOf);
    CHECK(ledger.summary(agingOptions(asOf)) == alphaSummary(summaryHeader, cells));
}

TEST_CASE("A fully paid invoice leaves nothing open: header only", "[aging]")
{
    ServiceLedger ledger;
    oneInvoice(ledger);
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P1,C1,2025-04-15,40.00\n"
                                      "P2,C1,2025-04-20,60.00\n");
    const char* asOf = GENERATE("2025-04-20", "2025-04-21", "2030-01-01");
    INFO("as of " << asOf);
    CHECK(ledger.summary(agingOptions(asOf)) == summaryHeader);
    CHECK(ledger.detail(agingOptions(asOf)) == detailHeader);
}

TEST_CASE("An empty ledger, or one with nothing open yet, gives the header alone", "[aging]")
{
    ServiceLedger ledger;
    CHECK(ledger.summary(agingOptions("2025-01-01")) == summaryHeader);
    CHECK(ledger.detail(agingOptions("2025-01-01")) == detailHeader);
    oneInvoice(ledger);
    // Before its issue date the invoice does not count yet.
    CHECK(ledger.summary(agingOptions("2025-02-28")) == summaryHeader);
    CHECK(ledger.detail(agingOptions("2025-02-28")) == detailHeader);
    CHECK(ledger.summary(agingOptions("2025-02-28", AgingBasis::IssueDate, u"15,45")) ==
          "customer_id,customer_name,currency,current,1-15,16-45,46+,unapplied,total\n");
}

TEST_CASE("Documents dated after the as-of date are left out", "[aging]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-03-01,2025-03-31,100.00\n"
                                      "INV-2,C1,2025-04-10,2025-05-10,70.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P9,C2,2025-04-12,25.00\n");
    CHECK(ledger.detail(agingOptions("2025-04-09")) ==
          detailHeader + "C1,Alpha,EUR,INV-1,2025-03-01,2025-03-31,9,1-30,100.00\n");
    CHECK(ledger.detail(agingOptions("2025-04-10")) ==
          detailHeader + "C1,Alpha,EUR,INV-1,2025-03-01,2025-03-31,10,1-30,100.00\n"
                         "C1,Alpha,EUR,INV-2,2025-04-10,2025-05-10,-30,current,70.00\n");
    CHECK(ledger.summary(agingOptions("2025-04-11")) ==
          summaryHeader + "C1,Alpha,EUR,70.00,100.00,0.00,0.00,0.00,0.00,170.00\n"
                          "TOTAL,,EUR,70.00,100.00,0.00,0.00,0.00,0.00,170.00\n");
    CHECK(ledger.summary(agingOptions("2025-04-12")) ==
          summaryHeader + "C1,Alpha,EUR,70.00,100.00,0.00,0.00,0.00,0.00,170.00\n"
                          "C2,Beta,EUR,0.00,0.00,0.00,0.00,0.00,-25.00,-25.00\n"
                          "TOTAL,,EUR,70.00,100.00,0.00,0.00,0.00,-25.00,145.00\n");
}

TEST_CASE("Unapplied credit is a negative column, a customer row shows even at total 0.00",
          "[aging]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC2,Beta\n");
    // The payment comes before the invoice's issue date: nothing to allocate it to.
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P5,C2,2025-04-01,50.00\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-5,C2,2025-04-20,2025-05-20,50.00\n");

    CHECK(ledger.summary(agingOptions("2025-03-31")) == summaryHeader);
    CHECK(ledger.summary(agingOptions("2025-04-10")) ==
          summaryHeader + "C2,Beta,EUR,0.00,0.00,0.00,0.00,0.00,-50.00,-50.00\n"
                          "TOTAL,,EUR,0.00,0.00,0.00,0.00,0.00,-50.00,-50.00\n");
    CHECK(ledger.summary(agingOptions("2025-05-01")) ==
          summaryHeader + "C2,Beta,EUR,50.00,0.00,0.00,0.00,0.00,-50.00,0.00\n"
                          "TOTAL,,EUR,50.00,0.00,0.00,0.00,0.00,-50.00,0.00\n");
    CHECK(ledger.detail(agingOptions("2025-04-10")) ==
          detailHeader + "C2,Beta,EUR,P5,2025-04-01,,,unapplied,-50.00\n");
}

TEST_CASE("Detail rows: sort order, unapplied rows, age in days, no TOTAL rows", "[aging]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\n"
                                       "C1,Alpha\n"
                                       "B1,Beta\n"
                                       "C0,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-20,2025-02-28,30.00\n"
                                      "INV-2,C1,2025-01-01,2025-01-31,20.00\n"
                                      "INV-10,C1,2025-01-01,2025-01-31,10.00\n"
                                      "INV-B,B1,2025-02-20,2025-03-22,40.00\n"
                                      "INV-5,C0,2025-01-05,2025-02-04,5.00\n");
    // Dated before every invoice of C1: they stay unapplied.
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P1,C1,2024-12-15,100.00\n");
    ledger.load(ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount\n"
                                         "CN-1,C1,2024-12-20,7.50\n");
    // By customer name, then customer id, then due date, then document. Unapplied rows have an
    // empty due date, which this test reads as sorting before every date (as the empty text
    // does in plain string order); between themselves they go by document.
    CHECK(ledger.detail(agingOptions("2025-03-01")) ==
          detailHeader + "C0,Alpha,EUR,INV-5,2025-01-05,2025-02-04,25,1-30,5.00\n"
                         "C1,Alpha,EUR,CN-1,2024-12-20,,,unapplied,-7.50\n"
                         "C1,Alpha,EUR,P1,2024-12-15,,,unapplied,-100.00\n"
                         "C1,Alpha,EUR,INV-10,2025-01-01,2025-01-31,29,1-30,10.00\n"
                         "C1,Alpha,EUR,INV-2,2025-01-01,2025-01-31,29,1-30,20.00\n"
                         "C1,Alpha,EUR,INV-1,2025-01-20,2025-02-28,1,1-30,30.00\n"
                         "B1,Beta,EUR,INV-B,2025-02-20,2025-03-22,-21,current,40.00\n");
    CHECK(ledger.summary(agingOptions("2025-03-01")) ==
          summaryHeader + "C0,Alpha,EUR,0.00,5.00,0.00,0.00,0.00,0.00,5.00\n"
                          "C1,Alpha,EUR,0.00,60.00,0.00,0.00,0.00,-107.50,-47.50\n"
                          "B1,Beta,EUR,40.00,0.00,0.00,0.00,0.00,0.00,40.00\n"
                          "TOTAL,,EUR,40.00,65.00,0.00,0.00,0.00,-107.50,-2.50\n");
}

TEST_CASE("Customers in several currencies: rows by name in code-point order, TOTAL rows by "
          "currency",
          "[aging]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\n"
                                       "Z1,Zeta,EUR\n"
                                       "A1,apple,USD\n"
                                       "E1,Élan,JPY\n"
                                       "Z0,Zeta,\n"
                                       "W1,\xEF\xBC\xB7ide,EUR\n"        // U+FF37 FULLWIDTH W
                                       "S1,\xF0\x9F\x98\x80 Smile,GBP\n" // U+1F600
                                       "B1,Bob,JPY\n"
                                       "N1,Nothing,EUR\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-Z1,Z1,2025-01-01,2025-01-31,10.00\n"
                                      "INV-Z0,Z0,2025-01-01,2025-01-31,20.00\n"
                                      "INV-A1,A1,2025-01-01,2025-01-31,30.5\n"
                                      "INV-E1,E1,2025-01-01,2025-01-31,12000\n"
                                      "INV-E2,E1,2024-10-01,2024-10-31,345\n"
                                      "INV-W1,W1,2025-01-01,2025-01-31,1\n"
                                      "INV-S1,S1,2025-01-01,2025-01-31,2.00\n"
                                      "INV-B1,B1,2025-01-01,2025-01-31,500\n");
    // Code points: 'B' < 'Z' < 'a' < U+00C9 < U+FF37 < U+1F600 (UTF-16 order would put the
    // emoji, a surrogate pair starting 0xD83D, before U+FF37).
    CHECK(ledger.summary(agingOptions("2025-02-15")) ==
          summaryHeader + "B1,Bob,JPY,0,500,0,0,0,0,500\n"
                          "Z0,Zeta,EUR,0.00,20.00,0.00,0.00,0.00,0.00,20.00\n"
                          "Z1,Zeta,EUR,0.00,10.00,0.00,0.00,0.00,0.00,10.00\n"
                          "A1,apple,USD,0.00,30.50,0.00,0.00,0.00,0.00,30.50\n"
                          "E1,Élan,JPY,0,12000,0,0,345,0,12345\n"
                          "W1,\xEF\xBC\xB7ide,EUR,0.00,1.00,0.00,0.00,0.00,0.00,1.00\n"
                          "S1,\xF0\x9F\x98\x80 Smile,GBP,0.00,2.00,0.00,0.00,0.00,0.00,2.00\n"
                          "TOTAL,,EUR,0.00,31.00,0.00,0.00,0.00,0.00,31.00\n"
                          "TOTAL,,GBP,0.00,2.00,0.00,0.00,0.00,0.00,2.00\n"
                          "TOTAL,,JPY,0,12500,0,0,345,0,12845\n"
                          "TOTAL,,USD,0.00,30.50,0.00,0.00,0.00,0.00,30.50\n");
    CHECK(ledger.detail(agingOptions("2025-02-15", AgingBasis::DueDate, u"30,60,90", u"E1"_s)) ==
          detailHeader + "E1,Élan,JPY,INV-E2,2024-10-01,2024-10-31,107,91+,345\n"
                         "E1,Élan,JPY,INV-E1,2025-01-01,2025-01-31,15,1-30,12000\n");

    SECTION("--customer keeps one customer and its currency's TOTAL row")
    {
        CHECK(
            ledger.summary(agingOptions("2025-02-15", AgingBasis::DueDate, u"30,60,90", u"E1"_s)) ==
            summaryHeader + "E1,Élan,JPY,0,12000,0,0,345,0,12345\n"
                            "TOTAL,,JPY,0,12000,0,0,345,0,12345\n");
        CHECK(ledger.summary(agingOptions("2025-02-15", AgingBasis::DueDate, u"30,60,90",
                                          u"N1"_s)) == summaryHeader);
    }
    SECTION("an unknown --customer is NotFound, in summary and detail alike")
    {
        const QString code = GENERATE(u"NOPE"_s, u"e1"_s, u"E1 "_s);
        INFO(code.toStdString());
        AgingService service(ledger.database());
        const AgingOptions options =
            agingOptions("2025-02-15", AgingBasis::DueDate, u"30,60,90", code);
        const auto summary = service.summary(options);
        REQUIRE_FALSE(summary.has_value());
        CHECK(summary.error().code == ErrorCode::NotFound);
        const auto detail = service.detail(options);
        REQUIRE_FALSE(detail.has_value());
        CHECK(detail.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("Aging output text: formula injection and RFC 4180 quoting", "[aging]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\n"
                                       "F1,=SUM(A1)\n"
                                       "F2,+x\n"
                                       "F3,-y\n"
                                       "F4,@z\n"
                                       "Q1,\"Smith, \"\"Q\"\" & Co\"\n"
                                       "Q2,\"Two\nLines\"\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "I1,F1,2025-01-01,2025-01-31,1.00\n"
                                      "I2,F2,2025-01-01,2025-01-31,2.00\n"
                                      "I3,F3,2025-01-01,2025-01-31,3.00\n"
                                      "I4,F4,2025-01-01,2025-01-31,4.00\n"
                                      "I5,Q1,2025-01-01,2025-01-31,5.00\n"
                                      "I6,Q2,2025-01-01,2025-01-31,6.00\n");
    // Sorted by the stored names: "+x" < "-y" < "=SUM(A1)" < "@z" < "Smith..." < "Two...".
    CHECK(ledger.summary(agingOptions("2025-01-31")) ==
          summaryHeader + "F2,'+x,EUR,2.00,0.00,0.00,0.00,0.00,0.00,2.00\n"
                          "F3,'-y,EUR,3.00,0.00,0.00,0.00,0.00,0.00,3.00\n"
                          "F1,'=SUM(A1),EUR,1.00,0.00,0.00,0.00,0.00,0.00,1.00\n"
                          "F4,'@z,EUR,4.00,0.00,0.00,0.00,0.00,0.00,4.00\n"
                          "Q1,\"Smith, \"\"Q\"\" & Co\",EUR,5.00,0.00,0.00,0.00,0.00,0.00,5.00\n"
                          "Q2,\"Two\nLines\",EUR,6.00,0.00,0.00,0.00,0.00,0.00,6.00\n"
                          "TOTAL,,EUR,21.00,0.00,0.00,0.00,0.00,0.00,21.00\n");
}

TEST_CASE("The totals alone are the summary's TOTAL rows, per currency", "[aging]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\n"
                                       "C1,Alpha,EUR\n"
                                       "C2,Beta,EUR\n"
                                       "U1,Gamma,USD\n"
                                       "Y1,Delta,JPY\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-05,2025-02-04,120.00\n"
                                      "INV-2,C1,2025-02-10,2025-03-12,80.00\n"
                                      "INV-3,C2,2024-10-01,2024-10-31,45.50\n"
                                      "INV-4,U1,2025-02-01,2025-03-03,300.00\n"
                                      "INV-5,Y1,2025-03-01,2025-03-31,15000\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-03-01,50.00,INV-1\n"
                                      "P2,C2,2024-09-01,10.00,\n"
                                      "P3,U1,2025-03-20,400.00,\n");
    AgingService aging(ledger.database());
    const char* dates[] = {"2024-09-15", "2025-02-28", "2025-03-15", "2025-04-30", "2025-12-31"};
    const AgingBasis bases[] = {AgingBasis::DueDate, AgingBasis::IssueDate};
    const QStringView edges[] = {u"30,60,90", u"15,45"};
    for (const char* date : dates) {
        for (const AgingBasis basis : bases) {
            for (const QStringView edge : edges) {
                INFO(date << (basis == AgingBasis::DueDate ? " by due date " : " by issue date ")
                          << edge.toString().toStdString());
                const AgingOptions options = agingOptions(date, basis, edge);
                const auto summary = aging.summary(options);
                const auto totals = aging.totals(options);
                REQUIRE(summary);
                REQUIRE(totals);
                CHECK(totals->customers.isEmpty());
                REQUIRE(totals->totals.size() == summary->totals.size());
                for (qsizetype i = 0; i < totals->totals.size(); ++i) {
                    const AgingSummaryRow& got = totals->totals[i];
                    const AgingSummaryRow& want = summary->totals[i];
                    CHECK(got.currency.code() == want.currency.code());
                    CHECK(got.bucketsMinor == want.bucketsMinor);
                    CHECK(got.unappliedMinor == want.unappliedMinor);
                    CHECK(got.totalMinor == want.totalMinor);
                }
            }
        }
    }
    // Worked out by hand as of 2025-03-15 (due basis, 30,60,90). EUR: INV-2 80.00 is 3 days
    // overdue, INV-1 120.00 - 50.00 is 39, INV-3 45.50 is 135; P2 predates every invoice of C2,
    // so it stays unapplied (-10.00). JPY: INV-5 not yet due. USD: P3 comes after the date.
    const auto march = aging.totals(agingOptions("2025-03-15"));
    REQUIRE(march);
    REQUIRE(march->totals.size() == 3);
    CHECK(march->totals[0].currency.code() == u"EUR"_s);
    CHECK(march->totals[0].bucketsMinor == QList<qint64>{0, 80'00, 70'00, 0, 45'50});
    CHECK(march->totals[0].unappliedMinor == -10'00);
    CHECK(march->totals[0].totalMinor == 185'50);
    CHECK(march->totals[1].currency.code() == u"JPY"_s);
    CHECK(march->totals[1].bucketsMinor == QList<qint64>{15000, 0, 0, 0, 0});
    CHECK(march->totals[2].currency.code() == u"USD"_s);
    CHECK(march->totals[2].bucketsMinor == QList<qint64>{0, 300'00, 0, 0, 0});
}

TEST_CASE("A summary's TOTAL row gives what is owed and what of it is overdue", "[aging]")
{
    const CurrencyCode eur = *CurrencyCode::fromCode(u"EUR");
    const CurrencyCode usd = *CurrencyCode::fromCode(u"USD");
    AgingSummary summary{.buckets = AgingBuckets::standard(), .customers = {}, .totals = {}};
    summary.totals.append({.customerCode = u"TOTAL"_s,
                           .customerName = {},
                           .currency = eur,
                           .bucketsMinor = {100'00, 20'00, 0, 5'00, 1'00},
                           .unappliedMinor = -7'00,
                           .totalMinor = 119'00});

    const AgingSummaryRow total = summary.totalFor(eur);
    CHECK(total.openMinor() == 126'00); // unapplied credit not netted
    CHECK(total.overdueMinor() == 26'00);
    // Nothing open in a currency: zeros, one per bucket.
    const AgingSummaryRow none = summary.totalFor(usd);
    CHECK(none.currency == usd);
    CHECK(none.bucketsMinor == QList<qint64>(5, 0));
    CHECK(none.openMinor() == 0);
    CHECK(none.overdueMinor() == 0);
}
