// Ledger settings (company details, home currency, default aging buckets) are stored in the
// ledger, saved as one unit, and the home currency is fixed once documents exist.

#include <catch2/catch.hpp>

#include "aging/AgingService.h"
#include "ledger/LedgerInfoService.h"
#include "support/RawConnection.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::currency;
using ardesk::test::ServiceLedger;

namespace {

LedgerSettings readSettings(Database& database)
{
    auto settings = LedgerInfoService(database).settings();
    INFO((settings ? QString() : settings.error().detail).toStdString());
    REQUIRE(settings.has_value());
    return *settings;
}

AgingBuckets buckets(QStringView text)
{
    auto parsed = AgingBuckets::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

const QByteArray customers = "customer_id,name\nC1,Alpha\n";

} // namespace

TEST_CASE("A new ledger has its company name, no other details and the standard buckets",
          "[settings]")
{
    ServiceLedger ledger;
    const LedgerSettings settings = readSettings(ledger.database());
    CHECK(settings.company.name == u"Test Company"_s);
    CHECK(settings.company.address.isEmpty());
    CHECK(settings.company.email.isEmpty());
    CHECK(settings.company.phone.isEmpty());
    CHECK(settings.company.taxId.isEmpty());
    CHECK(settings.company.registration.isEmpty());
    CHECK(settings.currency == currency(u"EUR"));
    CHECK(settings.agingBuckets.edges() == AgingBuckets::standard().edges());
    CHECK(LedgerInfoService(ledger.database()).currencyLocked() == false);
}

TEST_CASE("Company details and buckets are saved in the ledger file", "[settings]")
{
    ServiceLedger ledger;
    const LedgerSettings wanted{.company = {.name = u"Nordwind Handel GmbH"_s,
                                            .address = u"Hafenstraße 1\n20457 Hamburg"_s,
                                            .email = u"ar@nordwind.example"_s,
                                            .phone = u"+49 40 123456"_s,
                                            .taxId = u"DE123456789"_s,
                                            .registration = u"Amtsgericht Hamburg HRB 12345"_s},
                                .currency = currency(u"CHF"),
                                .agingBuckets = buckets(u"15,45")};
    REQUIRE(LedgerInfoService(ledger.database())
                .saveSettings(wanted, readSettings(ledger.database()))
                .has_value());

    // Read back through a second connection: the values are in the file, not in a cache.
    auto reopened = Database::open(ledger.path());
    REQUIRE(reopened.has_value());
    const LedgerSettings read = readSettings(**reopened);
    CHECK(read.company.name == wanted.company.name);
    CHECK(read.company.address == wanted.company.address);
    CHECK(read.company.email == wanted.company.email);
    CHECK(read.company.phone == wanted.company.phone);
    CHECK(read.company.taxId == wanted.company.taxId);
    CHECK(read.company.registration == wanted.company.registration);
    CHECK(read.currency == currency(u"CHF"));
    CHECK(read.agingBuckets.edges() == QList<int>{15, 45});
    CHECK(LedgerInfoService(**reopened).companyName() == wanted.company.name);
    CHECK(LedgerInfoService(**reopened).agingBuckets()->edges() == QList<int>{15, 45});
}

TEST_CASE("The home currency can change until the first document, then never", "[settings]")
{
    ServiceLedger ledger;
    LedgerInfoService service(ledger.database());
    LedgerSettings settings = readSettings(ledger.database());

    // Customers alone do not fix the currency: they carry their own.
    ledger.load(ImportKind::Customers, customers);
    CHECK(service.currencyLocked() == false);
    settings.currency = currency(u"USD");
    const auto saved = service.saveSettings(settings, readSettings(ledger.database()));
    INFO((saved ? QString() : saved.error().detail).toStdString());
    REQUIRE(saved.has_value());
    CHECK(readSettings(ledger.database()).currency == currency(u"USD"));

    const auto document = GENERATE(
        as<std::pair<ImportKind, QByteArray>>{},
        std::pair{ImportKind::Invoices, QByteArray("invoice_number,customer_id,issue_date,"
                                                   "amount,currency\n"
                                                   "I1,C1,2025-01-01,10.00,EUR\n")},
        std::pair{ImportKind::Payments, QByteArray("payment_id,customer_id,date,amount\n"
                                                   "P1,C1,2025-01-01,10.00\n")},
        std::pair{ImportKind::CreditNotes, QByteArray("credit_note_number,customer_id,date,"
                                                      "amount\nN1,C1,2025-01-01,10.00\n")});
    ledger.load(document.first, document.second);
    CHECK(service.currencyLocked() == true);

    settings = readSettings(ledger.database());
    settings.company.phone = u"+1 555 0100"_s;
    settings.currency = currency(u"GBP");
    const auto refused = service.saveSettings(settings, readSettings(ledger.database()));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().detail.contains(u"USD"_s));
    // All or nothing: the phone number of the refused save is not kept either.
    const LedgerSettings after = readSettings(ledger.database());
    CHECK(after.currency == currency(u"USD"));
    CHECK(after.company.phone.isEmpty());

    // Saving other settings with the same currency still works.
    settings.currency = currency(u"USD");
    REQUIRE(service.saveSettings(settings, readSettings(ledger.database())).has_value());
    CHECK(readSettings(ledger.database()).company.phone == u"+1 555 0100"_s);
}

TEST_CASE("An empty company name is refused", "[settings]")
{
    ServiceLedger ledger;
    LedgerSettings settings = readSettings(ledger.database());
    settings.company.name = u"  "_s;
    settings.company.email = u"x@example.com"_s;
    const auto refused = LedgerInfoService(ledger.database())
                             .saveSettings(settings, readSettings(ledger.database()));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(readSettings(ledger.database()).company.name == u"Test Company"_s);
    CHECK(readSettings(ledger.database()).company.email.isEmpty());
}

TEST_CASE("Damaged default buckets are reported, not guessed", "[settings]")
{
    ServiceLedger ledger;
    {
        test::RawConnection raw(ledger.path());
        raw.exec(u"INSERT INTO ledger_info(key, value) VALUES ('aging_buckets', '60,30')"_s);
    }
    const auto read = LedgerInfoService(ledger.database()).agingBuckets();
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().code == ErrorCode::LedgerCorrupt);
}

TEST_CASE("Payment details are kept in the ledger, normalised, and checked before saving",
          "[settings][payment]")
{
    ServiceLedger ledger;
    LedgerInfoService service(ledger.database());
    LedgerSettings settings = readSettings(ledger.database());
    CHECK(settings.company.payment.isEmpty());
    settings.company.payment = {.accountHolder = u"Test Company GmbH"_s,
                                .iban = u"de89 3704 0044 0532 0130 00"_s,
                                .bic = u"cobadeff"_s,
                                .accountNumber = u"0532013000"_s,
                                .routing = u"37040044"_s,
                                .paymentLinkPattern = u"https://pay.example.com/{customer}"_s};
    REQUIRE(service.saveSettings(settings, readSettings(ledger.database())).has_value());

    auto reopened = Database::open(ledger.path());
    REQUIRE(reopened.has_value());
    const PaymentDetails read = readSettings(**reopened).company.payment;
    CHECK(read.accountHolder == u"Test Company GmbH"_s);
    CHECK(read.iban == u"DE89370400440532013000"_s);
    CHECK(read.bic == u"COBADEFF"_s);
    CHECK(read.accountNumber == u"0532013000"_s);
    CHECK(read.routing == u"37040044"_s);
    CHECK(read.paymentLinkPattern == u"https://pay.example.com/{customer}"_s);

    // A wrong check digit, a malformed BIC: refused whole, the ledger keeps what it had.
    settings.company.email = u"new@example.com"_s;
    settings.company.payment.iban = u"DE89 3704 0044 0532 0130 01"_s;
    settings.company.payment.bic = u"COBADE"_s;
    const auto refused = service.saveSettings(settings, readSettings(ledger.database()));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().detail.contains(u"check digits are wrong"_s));
    CHECK(refused.error().detail.contains(u"is not a BIC"_s));
    const LedgerSettings after = readSettings(ledger.database());
    CHECK(after.company.payment.iban == u"DE89370400440532013000"_s);
    CHECK(after.company.email.isEmpty());
}

TEST_CASE("Settings someone else saved since they were read are not replaced, theirs kept",
          "[settings]")
{
    ServiceLedger ledger;
    LedgerInfoService mine(ledger.database());
    // Another bookkeeper's window on the same ledger.
    auto other = Database::open(ledger.path());
    REQUIRE(other.has_value());
    LedgerInfoService theirs(**other);
    const LedgerSettings asRead = readSettings(ledger.database());

    LedgerSettings newIban = asRead;
    newIban.company.payment.iban = u"DE89370400440532013000"_s;
    REQUIRE(theirs.saveSettings(newIban, asRead).has_value());

    LedgerSettings newPhone = asRead;
    newPhone.company.phone = u"+49 40 123456"_s;
    const auto refused = mine.saveSettings(newPhone, asRead);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::ChangedMeanwhile);
    CHECK(readSettings(**other) == newIban);

    // Changed from what is stored now, it saves, and their account stays.
    const LedgerSettings current = readSettings(ledger.database());
    newPhone = current;
    newPhone.company.phone = u"+49 40 123456"_s;
    REQUIRE(mine.saveSettings(newPhone, current).has_value());
    const LedgerSettings saved = readSettings(**other);
    CHECK(saved.company.phone == u"+49 40 123456"_s);
    CHECK(saved.company.payment.iban == u"DE89370400440532013000"_s);
}
