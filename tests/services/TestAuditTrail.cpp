// The audit trail on a ledger file (docs/contract.md, section 4): every change names the
// operating system's user of the program that made it and the time of the program's clock,
// whichever service made it; a refused change leaves no trace, and a change made outside
// ARDesk is recorded with no user. Read back newest first.

#include <catch2/catch.hpp>

#include <QStringList>

#include "domain/Clock.h"
#include "ledger/AuditTrailService.h"
#include "ledger/CreditCorrectionService.h"
#include "ledger/CustomerService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "support/AuditTrailText.h"
#include "support/RawConnection.h"
#include "support/ServiceLedger.h"
#include "support/UserOverride.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::asBulkFile;
using ardesk::test::auditTrail;
using ardesk::test::day;
using ardesk::test::RawConnection;
using ardesk::test::ServiceLedger;
using ardesk::test::UserOverride;

namespace {

CreditCorrectionService::Unapply unapply(const char* invoice, const char* date, qint64 minor)
{
    return {.kind = Credit::Kind::Payment,
            .code = u"P-1"_s,
            .invoiceNumber = QString::fromLatin1(invoice),
            .amountMinor = minor,
            .date = day(date),
            .reason = u"wrong invoice"_s};
}

} // namespace

TEST_CASE("Each change names the user and the clock's time of the program that made it", "[audit]")
{
    std::unique_ptr<ServiceLedger> ledger;
    {
        UserOverride user("clerk-a");
        ClockOverride clock(
            std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 10), QTime(8, 15), Qt::UTC)));
        ledger = std::make_unique<ServiceLedger>();
        ledger->load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\n");
        ledger->load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                           "INV-1,C1,2025-03-01,2025-03-31,100.00\n"
                                           "INV-2,C1,2025-03-05,2025-04-04,60.00\n"
                                           "INV-3,C2,2025-03-02,2025-04-01,40.00\n");
        ledger->load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                           "P-1,C1,2025-03-10,100.00,INV-1\n");
    }

    // Another bookkeeper opens the same file later and corrects what the first one did.
    UserOverride user("clerk-b");
    auto opened = Database::open(ledger->path());
    REQUIRE(opened.has_value());
    Database& second = **opened;
    CHECK(second.changesMadeBy() == u"clerk-b"_s);
    InvoiceCorrectionService invoices(second);
    CreditCorrectionService credits(second);
    {
        ClockOverride clock(
            std::make_shared<FixedClock>(QDateTime(QDate(2025, 4, 1), QTime(9, 30), Qt::UTC)));
        REQUIRE(invoices.edit({.number = u"INV-2"_s, .amountMinor = 6500, .reason = u"typo"_s})
                    .has_value());
        REQUIRE(credits.unapply(unapply("INV-1", "2025-04-01", 4000)).has_value());
        REQUIRE(credits
                    .apply({.kind = Credit::Kind::Payment,
                            .code = u"P-1"_s,
                            .invoiceNumber = u"INV-2"_s,
                            .date = day("2025-04-01")})
                    .has_value());
        // Refused: the number is taken. Nothing of it is recorded.
        CHECK_FALSE(invoices.edit({.number = u"INV-1"_s, .newNumber = u"INV-2"_s}).has_value());
    }
    {
        ClockOverride clock(
            std::make_shared<FixedClock>(QDateTime(QDate(2025, 4, 2), QTime(14, 0), Qt::UTC)));
        REQUIRE(credits.voidCredit(Credit::Kind::Payment, u"P-1"_s, day("2025-04-02"), u"bounced"_s)
                    .has_value());
        REQUIRE(invoices.remove(u"INV-3"_s).has_value());
    }

    CHECK(auditTrail(second, u"C1"_s) ==
          "2025-04-02T14:00:00Z clerk-b payment P-1 voided  10000\n"
          "2025-04-02T14:00:00Z clerk-b payment P-1 unapplied INV-2 4000\n"
          "2025-04-02T14:00:00Z clerk-b payment P-1 unapplied INV-1 6000\n"
          "2025-04-01T09:30:00Z clerk-b payment P-1 allocated INV-2 4000\n"
          "2025-04-01T09:30:00Z clerk-b payment P-1 unapplied INV-1 4000\n"
          "2025-04-01T09:30:00Z clerk-b invoice INV-2 changed  6500\n"
          "2025-03-10T08:15:00Z clerk-a payment P-1 allocated INV-1 10000\n"
          "2025-03-10T08:15:00Z clerk-a payment P-1 created  10000\n"
          "2025-03-10T08:15:00Z clerk-a invoice INV-2 created  6000\n"
          "2025-03-10T08:15:00Z clerk-a invoice INV-1 created  10000\n"
          "2025-03-10T08:15:00Z clerk-a customer C1 created  -");
    CHECK(auditTrail(second, u"C2"_s) ==
          "2025-04-02T14:00:00Z clerk-b invoice INV-3 deleted  4000\n"
          "2025-03-10T08:15:00Z clerk-a invoice INV-3 created  4000\n"
          "2025-03-10T08:15:00Z clerk-a customer C2 created  -");
}

TEST_CASE("A change made outside ARDesk is recorded with no user", "[audit]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    {
        RawConnection raw(ledger.path());
        raw.exec(u"UPDATE customers SET name = 'Alpha Ltd' WHERE code = 'C1'"_s);
    }
    const auto customer = CustomerService(ledger.database()).findByCode(u"C1"_s);
    REQUIRE(customer.has_value());
    const auto entries = AuditTrailService(ledger.database()).forCustomer(customer->id, 10);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).action == AuditEntry::Action::Changed);
    CHECK(entries->at(0).madeBy.isEmpty());
    CHECK(entries->at(0).madeAt.isValid()); // SQLite's own clock
    CHECK(entries->at(1).action == AuditEntry::Action::Created);
    CHECK_FALSE(entries->at(1).madeBy.isEmpty());
}

TEST_CASE("An import large enough for a bulk load records what a small one records, at its end",
          "[audit][bulk]")
{
    ClockOverride clock(
        std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 10), QTime(8, 15), Qt::UTC)));
    UserOverride user("clerk-a");
    const std::pair<ImportKind, QByteArray> files[] = {
        {ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\n"},
        {ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                               "INV-1,C1,2025-03-01,2025-03-31,100.00\n"
                               "INV-2,C1,2025-03-05,2025-04-04,60.00\n"
                               "INV-3,C2,2025-03-02,2025-04-01,40.00\n"},
        // P-1 settles INV-1 and part of INV-2, P-2 is left unapplied.
        {ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                               "P-1,C1,2025-03-10,120.00\nP-2,C1,2025-03-10,70.00\n"
                               "P-3,C2,2025-03-10,30.00\n"},
        {ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount,invoice_number\n"
                                  "CN-1,C2,2025-03-10,5.00,INV-3\n"},
    };
    ServiceLedger small;
    ServiceLedger bulk;
    for (const auto& [kind, csv] : files) {
        small.load(kind, csv);
        bulk.load(kind, asBulkFile(csv));
    }

    const std::string rowByRow = auditTrail(small.database(), u"C1"_s);
    CHECK(rowByRow == "2025-03-10T08:15:00Z clerk-a payment P-2 allocated INV-2 4000\n"
                      "2025-03-10T08:15:00Z clerk-a payment P-2 created  7000\n"
                      "2025-03-10T08:15:00Z clerk-a payment P-1 allocated INV-2 2000\n"
                      "2025-03-10T08:15:00Z clerk-a payment P-1 allocated INV-1 10000\n"
                      "2025-03-10T08:15:00Z clerk-a payment P-1 created  12000\n"
                      "2025-03-10T08:15:00Z clerk-a invoice INV-2 created  6000\n"
                      "2025-03-10T08:15:00Z clerk-a invoice INV-1 created  10000\n"
                      "2025-03-10T08:15:00Z clerk-a customer C1 created  -");
    // The same entries; a bulk load writes the payments' before their applications.
    CHECK(auditTrail(bulk.database(), u"C1"_s) ==
          "2025-03-10T08:15:00Z clerk-a payment P-2 allocated INV-2 4000\n"
          "2025-03-10T08:15:00Z clerk-a payment P-1 allocated INV-2 2000\n"
          "2025-03-10T08:15:00Z clerk-a payment P-1 allocated INV-1 10000\n"
          "2025-03-10T08:15:00Z clerk-a payment P-2 created  7000\n"
          "2025-03-10T08:15:00Z clerk-a payment P-1 created  12000\n"
          "2025-03-10T08:15:00Z clerk-a invoice INV-2 created  6000\n"
          "2025-03-10T08:15:00Z clerk-a invoice INV-1 created  10000\n"
          "2025-03-10T08:15:00Z clerk-a customer C1 created  -");
    CHECK(auditTrail(bulk.database(), u"C2"_s) == auditTrail(small.database(), u"C2"_s));

    // The triggers are back after a bulk load: a later change is recorded by them.
    auto customer = CustomerService(bulk.database()).findByCode(u"C2"_s);
    REQUIRE(customer.has_value());
    Customer renamed = *customer;
    renamed.name = u"Beta Ltd"_s;
    REQUIRE(CustomerService(bulk.database()).update(renamed, *customer).has_value());
    CHECK(auditTrail(bulk.database(), u"C2"_s)
              .starts_with("2025-03-10T08:15:00Z clerk-a customer C2 changed  -\n"));
}
