// Import validation (spec: "Input CSV", "import ... All or nothing", "Settled details"):
// every bad row is listed with its line and column (the 1-based position of the field in the
// header), and nothing at all is imported, also on a dry run.

#include <catch2/catch.hpp>

#include <algorithm>

#include "ledger/CustomerService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::agingOptions;
using ardesk::test::describe;
using ardesk::test::locations;
using ardesk::test::ServiceLedger;

namespace {

// The lines of the issues, each once, in report order: "3 4 5".
std::string linesOf(const ImportReport& report)
{
    std::string out;
    int previous = -1;
    for (const ImportIssue& issue : report.issues) {
        if (issue.line == previous)
            continue;
        previous = issue.line;
        if (!out.empty())
            out += ' ';
        out += std::to_string(issue.line);
    }
    return out;
}

bool hasIssueAt(const ImportReport& report, int line, int column)
{
    return std::ranges::any_of(report.issues, [&](const ImportIssue& issue) {
        return issue.line == line && issue.column == column;
    });
}

// A ledger with customers C1 (EUR), C2 (EUR) and J1 (JPY), invoice INV-OLD of C1 and payment
// P-OLD, against which the files below are checked.
void baseLedger(ServiceLedger& ledger)
{
    ledger.load(ImportKind::Customers, "customer_id,name,currency\n"
                                       "C1,Alpha,EUR\n"
                                       "C2,Beta,\n"
                                       "J1,Jun,JPY\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-OLD,C1,2025-01-01,2025-01-31,100.00\n"
                                      "INV-C2,C2,2025-01-01,2025-01-31,10.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P-OLD,C1,2025-02-01,30.00\n");
}

const char* const farFuture = "2030-01-01";

} // namespace

TEST_CASE("Header problems: unknown, duplicate and missing columns, all listed", "[import]")
{
    ServiceLedger ledger;
    SECTION("unknown column, also a case variant of a known one")
    {
        const ImportReport report = ledger.import(ImportKind::Customers, "customer_id,name,colour\n"
                                                                         "C1,Alpha,red\n");
        INFO(describe(report));
        CHECK(locations(report) == "1:3");
    }
    SECTION("several header problems at once")
    {
        const ImportReport report =
            ledger.import(ImportKind::Customers, "customer_id,Name,name,name,x\n"
                                                 "C1,A,Alpha,Alpha,1\n");
        INFO(describe(report));
        CHECK(hasIssueAt(report, 1, 2)); // "Name": headers are exact lower-case names
        CHECK(hasIssueAt(report, 1, 4)); // "name" again
        CHECK(hasIssueAt(report, 1, 5)); // "x"
        CHECK(report.issues.size() == 3);
    }
    SECTION("a missing required column")
    {
        const ImportReport report = ledger.import(ImportKind::Customers, "customer_id,email\n"
                                                                         "C1,a@example.org\n");
        INFO(describe(report));
        REQUIRE(report.issues.size() == 1);
        CHECK(report.issues.front().line == 1);
        CHECK(report.issues.front().message.contains(u"name"_s));
    }
    SECTION("every missing required column of an invoice file")
    {
        const ImportReport report = ledger.import(ImportKind::Invoices, "invoice_number,amount\n"
                                                                        "INV-1,1.00\n");
        INFO(describe(report));
        CHECK(report.issues.size() == 2); // customer_id, issue_date
        CHECK(linesOf(report) == "1");
    }
    SECTION("blank lines before the header: the header's own line is named")
    {
        const ImportReport report =
            ledger.import(ImportKind::Customers, "\n\ncustomer_id,name,colour\nC1,Alpha,red\n");
        INFO(describe(report));
        CHECK(locations(report) == "3:3");
    }
    CHECK(ledger.customerCount() == 0);
}

TEST_CASE("Customer rows: every bad row listed at line:column, nothing imported", "[import]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nOLD,Old customer\n");
    const bool dryRun = GENERATE(false, true);
    INFO("dry run: " << dryRun);
    const ImportReport report =
        ledger.import(ImportKind::Customers,
                      "customer_id,name,terms_days,credit_limit,currency,language\n" // 1
                      "C1,Alpha,30,1000.00,EUR,en\n"                                 // 2 valid
                      "C2,,30,,,\n"                                                  // 3 name empty
                      ",Gamma,,,,\n"                 // 4 customer_id empty
                      "C4,Delta,abc,,,\n"            // 5 terms_days
                      "C5,Epsilon,,\"1,000.00\",,\n" // 6 credit_limit
                      "C6,Zeta,,,eur,\n"             // 7 currency
                      "C7,Eta,,,XYZ,\n"              // 8 currency
                      "C8,Theta,,,,it\n"             // 9 language
                      "C1,Alpha again,,,,\n"         // 10 duplicate in file
                      "OLD,Old again,,,,\n"          // 11 duplicate in ledger
                      "C9,Iota,,,\n"                 // 12 a missing field
                      "C10,\"Kappa\n"                // 13
                      "two lines\",,,,\n"            // 14 valid
                      "C11,Lambda,,10.5.0,,\n"       // 15 credit_limit
                      "C12,Mu,,5,JPY,de\n",          // 16 valid
                      dryRun);
    INFO(describe(report));
    CHECK_FALSE(report.succeeded());
    CHECK(linesOf(report) == "3 4 5 6 7 8 9 10 11 12 15");
    CHECK(hasIssueAt(report, 3, 2));
    CHECK(hasIssueAt(report, 4, 1));
    CHECK(hasIssueAt(report, 5, 3));
    CHECK(hasIssueAt(report, 6, 4));
    CHECK(hasIssueAt(report, 7, 5));
    CHECK(hasIssueAt(report, 8, 5));
    CHECK(hasIssueAt(report, 9, 6));
    CHECK(hasIssueAt(report, 10, 1));
    CHECK(hasIssueAt(report, 11, 1));
    CHECK(hasIssueAt(report, 15, 4));
    CHECK(report.issues.size() == 11);
    CHECK(report.rowsImported == 0);
    CHECK(ledger.customerCount() == 1);
}

TEST_CASE("Invoice rows: dates, amounts, customers, currencies, duplicates", "[import]")
{
    ServiceLedger ledger;
    baseLedger(ledger);
    const std::string before = ledger.detail(agingOptions(farFuture));
    const bool dryRun = GENERATE(false, true);
    INFO("dry run: " << dryRun);
    const ImportReport report = ledger.import(
        ImportKind::Invoices,
        "invoice_number,customer_id,issue_date,due_date,amount,currency,description\n" // 1
        "INV-1,C1,2025-01-01,,100.00,,ok\n"                                            // 2 valid
        "INV-2,C1,2025-02-30,,100.00,,\n"                // 3 impossible date
        "INV-3,C1,2025/01/01,,100.00,,\n"                // 4 not YYYY-MM-DD
        "INV-4,C1,2025-01-01,,.5,,\n"                    // 5
        "INV-5,C1,2025-01-01,,+5,,\n"                    // 6
        "INV-6,C1,2025-01-01,,\"1,234.50\",,\n"          // 7
        "INV-7,C1,2025-01-01,,1 234,,\n"                 // 8
        "INV-8,C1,2025-01-01,,0,,\n"                     // 9 not > 0
        "INV-9,C1,2025-01-01,,10.123,,\n"                // 10 three decimals in EUR
        "INV-10,J1,2025-01-01,,100.5,,\n"                // 11 decimals in JPY
        "INV-11,C1,2025-01-01,, 100.00,,\n"              // 12 not trimmed
        "INV-12,NOPE,2025-01-01,,100.00,,\n"             // 13 unknown customer
        "INV-13,C1,2025-01-01,,100.00,USD,\n"            // 14 not the customer's currency
        "INV-1,C1,2025-01-01,,100.00,,duplicate\n"       // 15 duplicate within the file
        "INV-OLD,C1,2025-01-01,,100.00,,\n"              // 16 duplicate of the ledger's
        "INV-14,C1,2025-01-01,,100.00\n"                 // 17 a missing field
        "INV-15,C1,,,100.00,,\n"                         // 18 empty required field
        ",C1,2025-01-01,,100.00,,\n"                     // 19 empty required field
        "INV-16,C1,2025-01-01,,100.00,,\"two\nlines\"\n" // 20-21 valid
        "INV-17,C1,2025-01-01,,1234.5,EUR,\n"            // 22 valid
        "INV-18,C1,2025-01-01,2025-13-01,100.00,,\n"     // 23 bad due date
        "INV-19,C1 ,2025-01-01,,100.00,,\n"              // 24 not trimmed: unknown customer
        "INV-20,C1, 2025-01-01,,100.00,,\n"              // 25 not trimmed
        "INV-21,C1,2025-01-01,,100,,\n"                  // 26 valid
        "INV-22,J1,2025-01-01,,100,JPY,\n"               // 27 valid
        "INV-23,C1,2025-01-01,,100.,,\n"                 // 28
        "INV-24,C1,2025-01-01,,-5.00,,\n"                // 29
        "INV-25,C1,2025-01-01,,1e3,,\n"                  // 30
        "INV-26,C1,2025-01-01,,€5,,\n"                   // 31
        "PLAN-1/1,C1,2025-01-01,,5.00,,\n"               // 32 an installment's name
        "INV-27,C1,9999-12-20,,100.00,,\n"               // 33 terms pass 9999-12-31
        "INV-28,C1,9999-12-20,9999-12-31,100.00,,\n",    // 34 valid: its own due date
        dryRun);
    INFO(describe(report));
    CHECK(linesOf(report) ==
          "3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 23 24 25 28 29 30 31 32 33");
    const QList<std::pair<int, int>> expected{
        {3, 3},  {4, 3},  {5, 5},  {6, 5},  {7, 5},  {8, 5},  {9, 5},  {10, 5}, {11, 5},
        {12, 5}, {13, 2}, {14, 6}, {15, 1}, {16, 1}, {18, 3}, {19, 1}, {23, 4}, {24, 2},
        {25, 3}, {28, 5}, {29, 5}, {30, 5}, {31, 5}, {32, 1}, {33, 3},
    };
    for (const auto& [line, column] : expected) {
        INFO("expected an issue at " << line << ':' << column);
        CHECK(hasIssueAt(report, line, column));
    }
    // Each bad row has one problem: one issue per bad row, nothing more.
    CHECK(report.issues.size() == 26);
    CHECK(report.rowsImported == 0);
    CHECK(ledger.detail(agingOptions(farFuture)) == before);
}

TEST_CASE("Payment and credit-note rows: links, customers, duplicates per kind", "[import]")
{
    ServiceLedger ledger;
    baseLedger(ledger);
    const std::string before = ledger.detail(agingOptions(farFuture));
    const bool dryRun = GENERATE(false, true);
    INFO("dry run: " << dryRun);

    SECTION("payments")
    {
        const ImportReport report = ledger.import(
            ImportKind::Payments,
            "payment_id,customer_id,date,amount,invoice_number,method,reference\n" // 1
            "P1,C1,2025-02-10,50.00,INV-OLD,wire,ref\n"                            // 2 valid
            "P2,C1,2025-02-10,50.00,INV-404,,\n"                                   // 3 unknown link
            "P3,C1,2025-02-10,50.00,INV-C2,,\n"     // 4 another customer's invoice
            "P1,C1,2025-02-10,50.00,,,\n"           // 5 duplicate within the file
            "P-OLD,C1,2025-02-10,50.00,,,\n"        // 6 duplicate of the ledger's
            "P4,C1,2025-02-10,0.00,,,\n"            // 7 not > 0
            "P5,NOPE,2025-02-10,5.00,,,\n"          // 8 unknown customer
            "P6,J1,2025-02-10,5.5,,,\n"             // 9 JPY decimals
            "P7,C1,10.02.2025,5.00,,,\n"            // 10 date
            "P8,C1,2025-02-10,5.00,,\n"             // 11 a missing field
            "P9,C1,2025-02-10,5.00,,,,\n"           // 12 a field too many
            "P10,C2,2025-02-10,5.00,INV-C2,cash,\n" // 13 valid
            ",C1,2025-02-10,5.00,,,\n",             // 14 empty id
            dryRun);
        INFO(describe(report));
        CHECK(linesOf(report) == "3 4 5 6 7 8 9 10 11 12 14");
        CHECK(hasIssueAt(report, 3, 5));
        CHECK(hasIssueAt(report, 4, 5));
        CHECK(hasIssueAt(report, 5, 1));
        CHECK(hasIssueAt(report, 6, 1));
        CHECK(hasIssueAt(report, 7, 4));
        CHECK(hasIssueAt(report, 8, 2));
        CHECK(hasIssueAt(report, 9, 4));
        CHECK(hasIssueAt(report, 10, 3));
        CHECK(hasIssueAt(report, 14, 1));
        CHECK(report.issues.size() == 11);
    }
    SECTION("credit notes")
    {
        const ImportReport report = ledger.import(
            ImportKind::CreditNotes,
            "reason,credit_note_number,amount,date,customer_id,invoice_number\n" // 1: any order
            "damaged,CN-1,10.00,2025-02-10,C1,INV-OLD\n"                         // 2 valid
            "x,CN-2,10.00,2025-02-10,C1,INV-C2\n" // 3 another customer's invoice
            "x,CN-1,10.00,2025-02-10,C1,\n"       // 4 duplicate within the file
            "x,CN-3,10.00,2025-02-29,C1,\n"       // 5 no 29 February in 2025
            "x,CN-4,10,2025-02-10,C9,\n"          // 6 unknown customer
            "x,CN-5,,2025-02-10,C1,\n"            // 7 amount required
            "x,P-OLD,10.00,2025-02-10,C1,\n",     // 8 valid: ids are unique per kind
            dryRun);
        INFO(describe(report));
        CHECK(linesOf(report) == "3 4 5 6 7");
        CHECK(hasIssueAt(report, 3, 6));
        CHECK(hasIssueAt(report, 4, 2));
        CHECK(hasIssueAt(report, 5, 4));
        CHECK(hasIssueAt(report, 6, 5));
        CHECK(hasIssueAt(report, 7, 3));
        CHECK(report.issues.size() == 5);
    }
    CHECK(ledger.detail(agingOptions(farFuture)) == before);
}

TEST_CASE("Line numbers count the physical lines of quoted fields with line breaks", "[import]")
{
    ServiceLedger ledger;
    const QByteArray lineEnd = GENERATE(QByteArray("\n"), QByteArray("\r\n"));
    INFO("line end " << (lineEnd == "\n" ? "LF" : "CRLF"));
    QByteArray csv = "customer_id,name,address\n"
                     "C1,Alpha,\"1 Main Street\n"
                     "Springfield\n"
                     "\"\"North\"\", with comma\"\n"
                     "C2,,\n"
                     "\n"
                     "C3,\"Gamma\",\"a\n"
                     "b\"\n"
                     ",Delta,\n";
    csv.replace("\n", lineEnd);
    const ImportReport report = ledger.import(ImportKind::Customers, csv);
    INFO(describe(report));
    CHECK(locations(report) == "5:2 9:1");
    CHECK(ledger.customerCount() == 0);
}

TEST_CASE("A BOM and CRLF line ends are accepted, blank lines are skipped", "[import]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "\xEF\xBB\xBF"
                                       "customer_id,name,address\r\n"
                                       "C1,Alpha,\"Line 1\r\nLine 2\"\r\n"
                                       "\r\n"
                                       "C2,Beta,\r\n");
    ledger.load(ImportKind::Invoices, "\xEF\xBB\xBF"
                                      "invoice_number,customer_id,issue_date,amount\r\n"
                                      "INV-1,C1,2025-01-01,10.00\r\n"
                                      "\r\n"
                                      "INV-2,C2,2025-01-01,20.00\r\n");
    CHECK(ledger.customerCount() == 2);
    CHECK(ledger.summary(agingOptions("2025-01-15")) ==
          "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n"
          "C1,Alpha,EUR,10.00,0.00,0.00,0.00,0.00,0.00,10.00\n"
          "C2,Beta,EUR,20.00,0.00,0.00,0.00,0.00,0.00,20.00\n"
          "TOTAL,,EUR,30.00,0.00,0.00,0.00,0.00,0.00,30.00\n");
}

TEST_CASE("A value that starts with a byte-order mark is refused, one inside it kept", "[import]")
{
    // SQLite would drop U+FEFF at the start of text and byte-swap text starting with U+FFFE.
    ServiceLedger ledger;
    const ImportReport report = ledger.import(ImportKind::Customers, "customer_id,name,email\n"
                                                                     "\xEF\xBB\xBF"
                                                                     "C1,Alpha,\n"
                                                                     "C2,\xEF\xBF\xBE"
                                                                     "Beta,\n"
                                                                     "C3,Gamma,\n");
    INFO(describe(report));
    CHECK(locations(report) == "2:1 3:2");
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues.at(0).message.toStdString() ==
          "customer_id: starts with an invisible byte-order mark (U+FEFF), which the ledger "
          "cannot keep; remove it");
    CHECK(report.issues.at(1).message.contains(u"(U+FFFE)"_s));
    CHECK(ledger.customerCount() == 0);

    ledger.load(ImportKind::Customers, "customer_id,name\n"
                                       "C1,Al\xEF\xBB\xBF"
                                       "pha\n");
    const auto stored = CustomerService(ledger.database()).page(CustomerQuery{}, 0, 10);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().customer.name == u"Al\uFEFFpha"_s);
}

TEST_CASE("A dry run of a valid file checks every row and changes nothing", "[import]")
{
    ServiceLedger ledger;
    baseLedger(ledger);
    const std::string before = ledger.detail(agingOptions(farFuture));
    const auto [kind, csv] = GENERATE(table<ImportKind, const char*>({
        {ImportKind::Customers, "customer_id,name\nC5,Epsilon\nC6,Zeta\n"},
        {ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                               "INV-5,C1,2025-01-01,10.00\nINV-6,C2,2025-01-02,20.00\n"},
        {ImportKind::Payments, "payment_id,customer_id,date,amount\nP5,C1,2025-03-01,500.00\n"},
        {ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount,invoice_number\n"
                                  "CN-5,C1,2025-03-01,5.00,INV-OLD\n"},
    }));
    const ImportReport report = ledger.import(kind, csv, true);
    INFO(describe(report));
    CHECK(report.succeeded());
    CHECK(report.issues.isEmpty());
    CHECK(report.rowsImported == 0);
    CHECK(ledger.customerCount() == 3);
    CHECK(ledger.detail(agingOptions(farFuture)) == before);
    // The same file imports for real afterwards: the dry run left no trace behind.
    const ImportReport real = ledger.import(kind, csv);
    INFO(describe(real));
    CHECK(real.succeeded());
}

TEST_CASE("Files that are not CSV tables at all", "[import]")
{
    ServiceLedger ledger;
    SECTION("an empty file")
    {
        const ImportReport report = ledger.import(ImportKind::Customers, "");
        INFO(describe(report));
        CHECK_FALSE(report.succeeded());
    }
    SECTION("a header without rows imports nothing and is fine")
    {
        const ImportReport report = ledger.import(ImportKind::Customers, "customer_id,name\n");
        INFO(describe(report));
        CHECK(report.succeeded());
    }
    SECTION("a quote inside an unquoted field, then an unterminated quoted field")
    {
        const ImportReport report = ledger.import(ImportKind::Customers, "customer_id,name\n"
                                                                         "C1,Al\"pha\n"
                                                                         "C2,Beta\n"
                                                                         "C3,\"Gamma\n");
        INFO(describe(report));
        CHECK(linesOf(report) == "2 4");
    }
    SECTION("invalid UTF-8")
    {
        const ImportReport report =
            ledger.import(ImportKind::Customers, "customer_id,name\nC1,Caf\xE9\nC2,Beta\n");
        INFO(describe(report));
        CHECK(linesOf(report) == "2");
    }
    CHECK(ledger.customerCount() == 0);
}
