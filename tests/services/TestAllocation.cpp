// Allocation of payments and credit notes (spec: "Allocation" and "Settled details"):
// the named invoice first up to its open amount, whatever the dates; then the customer's open
// invoices issued on or before the credit's date, oldest due date first, then lowest number in
// plain string order; the rest stays as unapplied credit. Allocated when recorded, in file
// row order. Credit notes are allocated exactly like payments.

#include <catch2/catch.hpp>

#include <algorithm>

#include <QStringList>

#include "domain/Credit.h"
#include "ledger/AllocationService.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::ServiceLedger;

namespace {

const QByteArray customers = "customer_id,name\n"
                             "C1,Alpha\n"
                             "C2,Beta\n";

// A payments or credit-notes file with the columns both kinds share.
QByteArray credits(ImportKind kind, const QByteArray& rows)
{
    const QByteArray idColumn = kind == ImportKind::Payments ? "payment_id" : "credit_note_number";
    return idColumn + ",customer_id,date,amount,invoice_number\n" + rows;
}

// openItems() lines sorted by document, so that these tests do not depend on the detail
// report's row order (tested with the aging report).
std::string byDocument(const std::string& lines)
{
    QStringList list = QString::fromStdString(lines).split(u'\n', Qt::SkipEmptyParts);
    std::sort(list.begin(), list.end());
    return list.isEmpty() ? std::string() : QString(list.join(u'\n') + u'\n').toStdString();
}

const char* kindName(ImportKind kind)
{
    return kind == ImportKind::Payments ? "payments" : "credit notes";
}

} // namespace

TEST_CASE("The named invoice takes the credit first, up to its open amount", "[allocation]")
{
    const ImportKind kind = GENERATE(ImportKind::Payments, ImportKind::CreditNotes);
    INFO(kindName(kind));
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-01,2025-01-31,100.00\n"
                                      "INV-2,C1,2025-01-02,2025-02-01,100.00\n"
                                      "INV-3,C1,2025-01-03,2025-01-15,50.00\n"
                                      "INV-20,C2,2024-12-01,2024-12-31,100.00\n");

    SECTION("more than the named invoice's open amount: the rest goes oldest due date first")
    {
        ledger.load(kind, credits(kind, "X1,C1,2025-02-10,120.00,INV-2\n"));
        // INV-2 takes 100.00; the remaining 20.00 goes to INV-3 (due 01-15) before INV-1 (due
        // 01-31). C2's older invoice is another customer's and stays untouched.
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-1 100.00\n"
                                                            "INV-20 100.00\n"
                                                            "INV-3 30.00\n");
    }
    SECTION("less than the named invoice's open amount: only that invoice is reduced")
    {
        ledger.load(kind, credits(kind, "X1,C1,2025-02-10,30.00,INV-2\n"));
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-1 100.00\n"
                                                            "INV-2 70.00\n"
                                                            "INV-20 100.00\n"
                                                            "INV-3 50.00\n");
    }
    SECTION("a named invoice that is already settled takes nothing; all goes oldest first")
    {
        ledger.load(kind, credits(kind, "X1,C1,2025-02-10,100.00,INV-2\n"
                                        "X2,C1,2025-02-11,60.00,INV-2\n"));
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-1 90.00\n"
                                                            "INV-20 100.00\n");
    }
    SECTION("more than everything open: no invoice is over-paid, the rest is unapplied")
    {
        ledger.load(kind, credits(kind, "X1,C1,2025-02-10,400.00,INV-2\n"));
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-20 100.00\n"
                                                            "X1 -150.00\n");
    }
}

TEST_CASE("An explicit link applies whatever the dates, oldest-first only takes invoices issued "
          "on or before the credit's date",
          "[allocation]")
{
    const ImportKind kind = GENERATE(ImportKind::Payments, ImportKind::CreditNotes);
    INFO(kindName(kind));
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);

    SECTION("a link to an invoice issued after the credit")
    {
        ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                          "INV-A,C1,2024-12-01,2024-12-31,50.00\n"
                                          "INV-B,C1,2025-02-01,2025-02-15,80.00\n"
                                          "INV-C,C1,2025-03-01,2025-03-31,100.00\n");
        ledger.load(kind, credits(kind, "X1,C1,2025-01-01,200.00,INV-C\n"));
        // INV-C (issued after the credit) takes 100.00 through the link; of the remaining
        // 100.00 only INV-A is eligible, INV-B was issued after 2025-01-01: 50.00 unapplied.
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-B 80.00\n"
                                                            "X1 -50.00\n");
    }
    SECTION("an invoice issued on the credit's date is eligible, one issued a day later is not")
    {
        ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                          "INV-X,C1,2025-01-10,2025-02-09,100.00\n"
                                          "INV-Y,C1,2025-01-11,2025-01-20,100.00\n");
        ledger.load(kind, credits(kind, "X1,C1,2025-01-10,150.00,\n"));
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-Y 100.00\n"
                                                            "X1 -50.00\n");
    }
}

TEST_CASE("Oldest due date comes first, not oldest issue date", "[allocation]")
{
    const ImportKind kind = GENERATE(ImportKind::Payments, ImportKind::CreditNotes);
    INFO(kindName(kind));
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-01,2025-03-01,100.00\n"
                                      "INV-2,C1,2025-01-10,2025-01-20,100.00\n");
    ledger.load(kind, credits(kind, "X1,C1,2025-02-01,100.00,\n"));
    CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-1 100.00\n");
}

TEST_CASE("On equal due dates the lowest number in plain string order comes first", "[allocation]")
{
    const ImportKind kind = GENERATE(ImportKind::Payments, ImportKind::CreditNotes);
    INFO(kindName(kind));
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    // Plain string order: "INV-10" < "INV-9" < "inv-1" (not numeric, not case-insensitive).
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "inv-1,C1,2025-01-01,2025-01-31,100.00\n"
                                      "INV-9,C1,2025-01-01,2025-01-31,100.00\n"
                                      "INV-10,C1,2025-01-01,2025-01-31,100.00\n");
    ledger.load(kind, credits(kind, "X1,C1,2025-02-01,150.00,\n"));
    CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-9 50.00\n"
                                                        "inv-1 100.00\n");
    ledger.load(kind, credits(kind, "X2,C1,2025-02-02,100.00,\n"));
    CHECK(byDocument(ledger.openItems("2025-12-31")) == "inv-1 50.00\n");
}

TEST_CASE("Credits are allocated when recorded, in file row order", "[allocation]")
{
    const ImportKind kind = GENERATE(ImportKind::Payments, ImportKind::CreditNotes);
    INFO(kindName(kind));
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);

    SECTION("rows are allocated in file order, not in date order")
    {
        ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                          "INV-1,C1,2025-01-01,2025-01-31,100.00\n"
                                          "INV-2,C1,2025-02-01,2025-03-03,100.00\n");
        // X1 comes first: INV-1 100.00 and INV-2 50.00. X2 (dated 01-02) then finds only INV-1
        // eligible, already settled: all unapplied. In date order X1 would have 50.00 left.
        ledger.load(kind, credits(kind, "X1,C1,2025-03-01,150.00,\n"
                                        "X2,C1,2025-01-02,100.00,\n"));
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-2 50.00\n"
                                                            "X2 -100.00\n");
    }
    SECTION("a credit recorded before the invoice exists stays unapplied")
    {
        ledger.load(kind, credits(kind, "X1,C1,2025-03-01,100.00,\n"));
        ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                          "INV-1,C1,2025-01-01,2025-01-31,100.00\n");
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-1 100.00\n"
                                                            "X1 -100.00\n");
        // A later credit does find the invoice; the earlier unapplied credit stays as it was.
        ledger.load(kind, credits(kind, "X2,C1,2025-03-05,40.00,\n"));
        CHECK(byDocument(ledger.openItems("2025-12-31")) == "INV-1 60.00\n"
                                                            "X1 -100.00\n");
    }
}

TEST_CASE("AllocationService records and allocates a credit directly", "[allocation]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-01-01,2025-01-31,100.00\n"
                                      "INV-2,C1,2025-01-02,2025-02-01,100.00\n"
                                      "INV-3,C1,2025-01-03,2025-01-15,50.00\n");
    Database& database = ledger.database();
    const auto customer = CustomerRepository(database).findByCode(u"C1"_s);
    REQUIRE(customer.has_value());
    REQUIRE(customer->has_value());
    InvoiceRepository invoices(database);
    const auto invoice2 = invoices.findByNumber(u"INV-2"_s);
    REQUIRE(invoice2.has_value());
    REQUIRE(invoice2->has_value());

    const CurrencyCode eur = test::currency(u"EUR");
    AllocationService service(database);
    const auto recorded = service.record(Credit{.id = {},
                                                .kind = Credit::Kind::Payment,
                                                .code = u"D1"_s,
                                                .customerId = (*customer)->id,
                                                .date = test::day("2025-02-10"),
                                                .amount = Money(27000, eur),
                                                .invoiceId = (*invoice2)->id,
                                                .method = {},
                                                .reference = {},
                                                .reason = {}});
    REQUIRE(recorded.has_value());
    // 100.00 to INV-2, 50.00 to INV-3, 100.00 to INV-1: 20.00 left over.
    CHECK(recorded->unappliedMinor == 2000);
    const QList<std::pair<QString, qint64>> expected{
        {u"INV-1"_s, 10000}, {u"INV-2"_s, 10000}, {u"INV-3"_s, 5000}};
    for (const auto& [number, allocated] : expected) {
        INFO(number.toStdString());
        const auto found = invoices.findByNumber(number);
        REQUIRE(found.has_value());
        REQUIRE(found->has_value());
        CHECK((*found)->allocatedMinor == allocated);
        CHECK((*found)->openMinor() == 0);
    }
    CHECK(byDocument(ledger.openItems("2025-12-31")) == "D1 -20.00\n");
}

TEST_CASE("A credit recorded on its own is kept within the ledger's limit like an imported one",
          "[allocation]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    // 46,116,860,184,273,879.03 in all for payments and credit notes: this leaves 0.03.
    ledger.load(ImportKind::Payments,
                credits(ImportKind::Payments, "P1,C1,2025-02-01,46116860184273879.00,\n"));
    const auto customer = CustomerRepository(ledger.database()).findByCode(u"C1"_s);
    REQUIRE(customer.has_value());
    REQUIRE(customer->has_value());
    const auto payment = [&](const char* code, qint64 minor) {
        return Credit{.id = {},
                      .kind = Credit::Kind::Payment,
                      .code = QString::fromLatin1(code),
                      .customerId = (*customer)->id,
                      .date = test::day("2025-02-10"),
                      .amount = Money(minor, test::currency(u"EUR")),
                      .invoiceId = {},
                      .method = {},
                      .reference = {},
                      .reason = {}};
    };
    AllocationService service(ledger.database());
    const std::string before = ledger.openItems("2025-12-31");

    const auto tooLarge = service.record(payment("P2", 4));
    REQUIRE_FALSE(tooLarge.has_value());
    CHECK(tooLarge.error().code == ErrorCode::InvalidInput);
    CHECK(tooLarge.error().detail.toStdString() ==
          "amount too large: the ledger's payments and credit notes would total more than "
          "46116860184273879.03");
    CHECK_FALSE(service.record(payment("P2", 4), QList<AllocationShare>{}).has_value());
    CHECK(ledger.openItems("2025-12-31") == before);

    // A run's own running total: what it counted in already leaves less room.
    auto limit = service.amountLimit();
    REQUIRE(limit.has_value());
    REQUIRE(service.recordNamingFirst(payment("P2", 2), {}, &*limit).has_value());
    CHECK_FALSE(service.recordNamingFirst(payment("P3", 2), {}, &*limit).has_value());
    REQUIRE(service.recordNamingFirst(payment("P3", 1), {}, &*limit).has_value());
}
