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
