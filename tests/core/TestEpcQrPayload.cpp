// The EPC069-12 ("GiroCode") QR payload, field by field, within the standard's limits.

#include <catch2/catch.hpp>

#include "domain/EpcQrPayload.h"
#include "domain/PaymentDetails.h"

using namespace Qt::StringLiterals;
using ardesk::CurrencyCode;
using ardesk::EpcQrPayload;
using ardesk::Money;
using ardesk::PaymentDetails;

namespace {

Money euros(qint64 cents)
{
    return Money(cents, *CurrencyCode::fromCode(u"EUR"));
}

const PaymentDetails account{.iban = u"DE89 3704 0044 0532 0130 00"_s, .bic = u"cobadeffxxx"_s};

} // namespace

TEST_CASE("A GiroCode carries the transfer field by field", "[payment][epc]")
{
    const auto payload = EpcQrPayload::build(account, u"Acme Office Supplies Ltd"_s, euros(123450),
                                             u"RF18 5390 0754 7034"_s, u"INV-1"_s);
    REQUIRE(payload);
    const QStringList fields = payload->split(u'\n');
    REQUIRE(fields.size() == 10);
    CHECK(fields[0] == u"BCD"_s); // service tag
    CHECK(fields[1] == u"002"_s); // version
    CHECK(fields[2] == u"1"_s);   // UTF-8
    CHECK(fields[3] == u"SCT"_s); // SEPA credit transfer
    CHECK(fields[4] == u"COBADEFFXXX"_s);
    CHECK(fields[5] == u"Acme Office Supplies Ltd"_s);
    CHECK(fields[6] == u"DE89370400440532013000"_s);
    CHECK(fields[7] == u"EUR1234.50"_s);
    CHECK(fields[8].isEmpty());                // purpose
    CHECK(fields[9] == u"RF18539007547034"_s); // structured reference, and no remittance text
}

TEST_CASE("Without a reference the remittance text names the documents", "[payment][epc]")
{
    const auto payload = EpcQrPayload::build(account, u"Acme"_s, euros(1), {}, u"INV-1 INV-2"_s);
    REQUIRE(payload);
    const QStringList fields = payload->split(u'\n');
    REQUIRE(fields.size() == 11);
    CHECK(fields[7] == u"EUR0.01"_s);
    CHECK(fields[9].isEmpty());
    CHECK(fields[10] == u"INV-1 INV-2"_s);
}

TEST_CASE("A GiroCode keeps to the standard's limits", "[payment][epc]")
{
    // The BIC is optional in version 002: left empty when missing or malformed.
    const auto noBic = EpcQrPayload::build({.iban = account.iban}, u"Acme"_s, euros(100), {}, {});
    REQUIRE(noBic);
    CHECK(noBic->split(u'\n')[4].isEmpty());
    CHECK(noBic->split(u'\n').size() == 8); // trailing empty fields left out

    // Name at most 70 characters, on one line.
    const QString longName = u"Müller & Söhne Büroausstattung und Schreibwaren Großhandel "
                             "Gesellschaft mit beschränkter Haftung"_s;
    const auto named = EpcQrPayload::build(account, longName + u"\nBerlin"_s, euros(100), {}, {});
    REQUIRE(named);
    CHECK(named->split(u'\n')[5] == longName.left(70).trimmed());

    // Remittance at most 140 characters, cut between documents; 331 bytes in all.
    QStringList documents;
    for (int i = 1; i <= 40; ++i)
        documents.append(u"INV-2026-%1"_s.arg(i, 4, 10, QChar(u'0')));
    const auto many = EpcQrPayload::build(account, longName, euros(100), {}, documents.join(u' '));
    REQUIRE(many);
    const QString remittance = many->split(u'\n').last();
    CHECK(remittance.size() <= EpcQrPayload::maxRemittanceLength);
    CHECK(remittance.startsWith(u"INV-2026-0001 INV-2026-0002"_s));
    CHECK(documents.join(u' ').startsWith(remittance + u' '));
    CHECK(many->toUtf8().size() <= EpcQrPayload::maxBytes);

    // A name of wide characters leaves less room for the remittance, never more than 331 bytes.
    const auto wide = EpcQrPayload::build(account, QString(70, QChar(0x20AC)), euros(100), {},
                                          documents.join(u' '));
    REQUIRE(wide);
    CHECK(wide->toUtf8().size() <= EpcQrPayload::maxBytes);

    // A reference longer than 35 characters cannot be structured: it travels as text instead.
    const QString longReference(36, u'1');
    const auto text = EpcQrPayload::build(account, u"Acme"_s, euros(100), longReference, u"X"_s);
    REQUIRE(text);
    CHECK(text->split(u'\n')[9].isEmpty());
    CHECK(text->split(u'\n')[10] == u"X"_s);

    // Amounts from 0.01 to 999999999.99 EUR only, and an IBAN is needed.
    CHECK(EpcQrPayload::build(account, u"Acme"_s, euros(99'999'999'999), {}, {}));
    CHECK_FALSE(EpcQrPayload::build(account, u"Acme"_s, euros(100'000'000'000), {}, {}));
    CHECK_FALSE(EpcQrPayload::build(account, u"Acme"_s, euros(0), {}, {}));
    CHECK_FALSE(EpcQrPayload::build(account, u"Acme"_s, euros(-100), {}, {}));
    CHECK_FALSE(EpcQrPayload::build(account, u"Acme"_s, Money(100, *CurrencyCode::fromCode(u"USD")),
                                    {}, {}));
    CHECK_FALSE(EpcQrPayload::build({.bic = u"COBADEFF"_s}, u"Acme"_s, euros(100), {}, {}));
    CHECK_FALSE(
        EpcQrPayload::build({.iban = u"DE00370400440532013000"_s}, u"Acme"_s, euros(100), {}, {}));
}
