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
#include "support/RawConnection.h"
#include "support/ServiceLedger.h"
#include "support/UserOverride.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::RawConnection;
using ardesk::test::ServiceLedger;
using ardesk::test::UserOverride;

namespace {

QString kindName(AuditEntry::DocumentKind kind)
{
    switch (kind) {
    case AuditEntry::DocumentKind::Customer:
        return u"customer"_s;
    case AuditEntry::DocumentKind::Invoice:
        return u"invoice"_s;
    case AuditEntry::DocumentKind::Payment:
        return u"payment"_s;
    case AuditEntry::DocumentKind::CreditNote:
        return u"credit_note"_s;
    case AuditEntry::DocumentKind::Plan:
        return u"plan"_s;
    case AuditEntry::DocumentKind::Activity:
        return u"activity"_s;
    }
    return {};
}

QString actionName(AuditEntry::Action action)
{
    using Action = AuditEntry::Action;
    switch (action) {
    case Action::Created:
        return u"created"_s;
    case Action::Changed:
        return u"changed"_s;
    case Action::Voided:
        return u"voided"_s;
    case Action::Deleted:
        return u"deleted"_s;
    case Action::Allocated:
        return u"allocated"_s;
    case Action::Unapplied:
        return u"unapplied"_s;
    case Action::WrittenOff:
        return u"written_off"_s;
    case Action::Discounted:
        return u"discounted"_s;
    case Action::Reminded:
        return u"reminded"_s;
    case Action::Resolved:
        return u"resolved"_s;
    case Action::HandedOver:
        return u"handed_over"_s;
    case Action::Recalled:
        return u"recalled"_s;
    case Action::Cancelled:
        return u"cancelled"_s;
    case Action::Rescheduled:
        return u"rescheduled"_s;
    }
    return {};
}

// "made_at made_by kind document action related amount" per entry, newest first.
std::string trail(Database& database, const QString& customerCode)
{
    const auto customer = CustomerService(database).findByCode(customerCode);
    REQUIRE(customer.has_value());
    const auto entries = AuditTrailService(database).forCustomer(customer->id, 500);
    REQUIRE(entries.has_value());
    QStringList lines;
    for (const AuditEntry& entry : *entries) {
        CHECK(entry.customerId == customer->id);
        lines.append(QStringList{entry.madeAt.toString(Qt::ISODate), entry.madeBy,
                                 kindName(entry.documentKind), entry.document,
                                 actionName(entry.action), entry.related,
                                 entry.amount ? QString::number(entry.amount->minor()) : u"-"_s}
                         .join(u' '));
    }
    return lines.join(u'\n').toStdString();
}

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

    CHECK(trail(second, u"C1"_s) ==
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
    CHECK(trail(second, u"C2"_s) == "2025-04-02T14:00:00Z clerk-b invoice INV-3 deleted  4000\n"
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
