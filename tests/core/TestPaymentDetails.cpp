// The company's payment details: IBAN and BIC checks, printing in groups of four, and the
// payment link built from its pattern.

#include <catch2/catch.hpp>

#include "domain/PaymentDetails.h"

using namespace Qt::StringLiterals;
using ardesk::CurrencyCode;
using ardesk::Money;
using ardesk::PaymentDetails;

namespace {

Money money(qint64 minor, QStringView code)
{
    return Money(minor, *CurrencyCode::fromCode(code));
}

} // namespace

TEST_CASE("IBANs are checked for their shape and check digits", "[payment]")
{
    // Published example IBANs of their countries' banks.
    for (const QString& valid : {u"DE89370400440532013000"_s, u"DE89 3704 0044 0532 0130 00"_s,
                                 u"gb82 west 1234 5698 7654 32"_s, u"FR1420041010050500013M02606"_s,
                                 u"NL91ABNA0417164300"_s, u"NO9386011117947"_s}) {
        CAPTURE(valid.toStdString());
        CHECK_FALSE(PaymentDetails::ibanProblem(valid));
    }
    const auto wrongDigits = PaymentDetails::ibanProblem(u"DE89370400440532013001");
    REQUIRE(wrongDigits);
    CHECK(wrongDigits->contains(u"check digits are wrong"_s));
    // Two digits swapped: the check MOD 97-10 exists to catch exactly this.
    CHECK(PaymentDetails::ibanProblem(u"DE89370400440532031000"));
    for (const QString& shape :
         {u"DE8937040044"_s, u"1234567890123456"_s, u"DEXX370400440532013000"_s,
          u"DE89-3704-0044-0532-0130-00"_s, u""_s}) {
        CAPTURE(shape.toStdString());
        const auto problem = PaymentDetails::ibanProblem(shape);
        REQUIRE(problem);
        CHECK(problem->contains(u"is not an IBAN"_s));
    }
}

TEST_CASE("BICs have 8 or 11 letters and digits in the ISO 9362 shape", "[payment]")
{
    for (const QString& valid : {u"COBADEFF"_s, u"COBADEFFXXX"_s, u"deutdeff500"_s, u"NEDSZAJJ"_s})
        CHECK_FALSE(PaymentDetails::bicProblem(valid));
    for (const QString& invalid :
         {u"COBADEF"_s, u"COBADEFFXX"_s, u"C0BADEFF"_s, u"COBA1EFF"_s, u"COBADEFFXXXX"_s})
        CHECK(PaymentDetails::bicProblem(invalid));
}

TEST_CASE("Payment details are stored compact and printed in groups of four", "[payment]")
{
    const PaymentDetails entered{.accountHolder = u"  Acme Ltd "_s,
                                 .iban = u"de89 3704 0044 0532 0130 00"_s,
                                 .bic = u"cobade ff"_s,
                                 .accountNumber = u" 12345678 "_s,
                                 .routing = u" 12-34-56"_s,
                                 .paymentLinkPattern = u" https://pay.example.com/{customer} "_s};
    const PaymentDetails stored = entered.normalized();
    CHECK(stored.accountHolder == u"Acme Ltd"_s);
    CHECK(stored.iban == u"DE89370400440532013000"_s);
    CHECK(stored.bic == u"COBADEFF"_s);
    CHECK(stored.accountNumber == u"12345678"_s);
    CHECK(stored.routing == u"12-34-56"_s);
    CHECK(stored.paymentLinkPattern == u"https://pay.example.com/{customer}"_s);
    CHECK(PaymentDetails::grouped(stored.iban) == u"DE89 3704 0044 0532 0130 00"_s);
    CHECK(PaymentDetails::grouped(u"RF18539007547034") == u"RF18 5390 0754 7034"_s);
    CHECK(stored.problems().isEmpty());
    CHECK_FALSE(stored.isEmpty());
    CHECK(PaymentDetails{}.isEmpty());
}

TEST_CASE("The payment link fills the pattern's placeholders, percent-encoded", "[payment]")
{
    const PaymentDetails payment{
        .paymentLinkPattern =
            u"https://pay.example.com/{customer}?docs={documents}&amount={amount}&cur={currency}&ref={reference}"_s};
    CHECK(
        payment.link(u"C 042"_s, {u"INV-1"_s, u"PLAN-3/2"_s}, money(123450, u"EUR"),
                     u"RF18539007547034"_s) ==
        u"https://pay.example.com/C%20042?docs=INV-1%2CPLAN-3%2F2&amount=1234.50&cur=EUR&ref=RF18539007547034"_s);
    // The currency's own minor digits: none for yen.
    CHECK(payment.link(u"J1"_s, {u"A"_s}, money(5000, u"JPY"), {}) ==
          u"https://pay.example.com/J1?docs=A&amount=5000&cur=JPY&ref="_s);
    CHECK(PaymentDetails{}.link(u"C"_s, {u"A"_s}, money(1, u"EUR"), {}).isEmpty());
}

TEST_CASE("A payment link pattern must be a web address with known placeholders", "[payment]")
{
    CHECK_FALSE(PaymentDetails::linkProblem(u"https://pay.example.com/{customer}/{amount}"));
    CHECK_FALSE(PaymentDetails::linkProblem(u"http://intranet/pay"));
    CHECK(PaymentDetails::linkProblem(u"pay.example.com/{customer}"));
    CHECK(PaymentDetails::linkProblem(u"ftp://pay.example.com"));
    const auto unknown = PaymentDetails::linkProblem(u"https://pay.example.com/{invoice}");
    REQUIRE(unknown);
    CHECK(unknown->contains(u"{invoice}"_s));
    CHECK(PaymentDetails::linkProblem(u"https://pay.example.com/{customer"));

    const PaymentDetails wrong{.iban = u"DE00370400440532013000"_s,
                               .bic = u"COBADE"_s,
                               .paymentLinkPattern = u"www.example.com"_s};
    CHECK(wrong.problems().size() == 3);
}
