// ISO 11649 creditor references: derived from document numbers, recognised in remittance text.

#include <catch2/catch.hpp>

#include "domain/CreditorReference.h"

using namespace Qt::StringLiterals;
using ardesk::CreditorReference;

TEST_CASE("A document's creditor reference carries its number's letters and digits", "[rf]")
{
    // The standard's own example.
    CHECK(CreditorReference::forDocument(u"539007547034") == u"RF18539007547034"_s);
    CHECK(CreditorReference::forDocument(u"inv-2026/0042") ==
          CreditorReference::forDocument(u"INV20260042"));
    CHECK(CreditorReference::forDocument(u"INV20260042")->startsWith(u"RF"_s));
    CHECK_FALSE(CreditorReference::forDocument(u"--/--"));
    CHECK_FALSE(CreditorReference::forDocument(u"ABCDEFGHIJKLMNOPQRSTUV")); // 22
    CHECK(CreditorReference::forDocument(u"ABCDEFGHIJKLMNOPQRSTU"));        // 21
}

TEST_CASE("A creditor reference is recognised with spaces and in any case, and only with its "
          "right check digits",
          "[rf]")
{
    CHECK(CreditorReference::body(u"RF18 5390 0754 7034") == u"539007547034"_s);
    CHECK(CreditorReference::body(u"rf18539007547034") == u"539007547034"_s);
    CHECK_FALSE(CreditorReference::body(u"RF19 5390 0754 7034"));
    CHECK_FALSE(CreditorReference::body(u"RF18 5390 0754 7035"));
    CHECK_FALSE(CreditorReference::body(u"RFAB539007547034"));
    CHECK_FALSE(CreditorReference::body(u"RF18"));
    CHECK_FALSE(CreditorReference::body(u"DE18539007547034"));
    for (const char16_t* number : {u"INV-1", u"PLAN-12/3", u"R2026-000042", u"x"}) {
        const auto reference = CreditorReference::forDocument(number);
        REQUIRE(reference);
        CHECK(CreditorReference::body(*reference) == CreditorReference::fold(number));
    }
}

TEST_CASE("Creditor references agree with published and independently computed check digits",
          "[rf]")
{
    using Row = std::pair<const char16_t*, const char16_t*>;
    // The body, and its reference: ISO 11649's example, the EPC's "RF71 2348 231", and check
    // digits computed by hand (body + "RF00" as digits, 98 - mod 97).
    const auto [number, expected] = GENERATE(table<const char16_t*, const char16_t*>({
        Row{u"539007547034", u"RF18539007547034"},
        Row{u"2348231", u"RF712348231"},
        Row{u"INV-2026/0042", u"RF73INV20260042"},
        Row{u"INV-1001", u"RF06INV1001"},
        Row{u"PLAN-1/2", u"RF93PLAN12"},
        Row{u"PLAN-3/2", u"RF38PLAN32"},
        Row{u"1", u"RF741"},
        Row{u"000000000000000000001", u"RF74000000000000000000001"},
    }));
    CAPTURE(QString::fromUtf16(number).toStdString());
    CHECK(CreditorReference::forDocument(number) == QString::fromUtf16(expected));
    CHECK(CreditorReference::body(expected) == CreditorReference::fold(number));
}
