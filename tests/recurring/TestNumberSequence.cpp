// NumberSequence: a number names the sequence it belongs to (stem, width, first counter), and
// the sequence writes its numbers padded alike, wider once the counter outgrows the width.

#include <catch2/catch.hpp>

#include "recurring/NumberSequence.h"

using namespace Qt::StringLiterals;
using ardesk::NumberSequence;

TEST_CASE("A number names its sequence by its trailing digits", "[recurring][numbers]")
{
    const auto sequence = NumberSequence::named(u"INV-000412"_s);
    REQUIRE(sequence);
    CHECK(sequence->stem() == u"INV-"_s);
    CHECK(sequence->first() == 412);
    CHECK(sequence->number(413) == u"INV-000413"_s);
    CHECK(sequence->number(1234567) == u"INV-1234567"_s);

    const auto bare = NumberSequence::named(u"7"_s);
    REQUIRE(bare);
    CHECK(bare->stem().isEmpty());
    CHECK(bare->number(8) == u"8"_s);

    const auto inner = NumberSequence::named(u"2026-05-0099"_s);
    REQUIRE(inner);
    CHECK(inner->stem() == u"2026-05-"_s);
    CHECK(inner->number(100) == u"2026-05-0100"_s);
}

TEST_CASE("A number without trailing digits, or with too many, names no sequence",
          "[recurring][numbers]")
{
    CHECK_FALSE(NumberSequence::named(u""_s));
    CHECK_FALSE(NumberSequence::named(u"INV-"_s));
    CHECK_FALSE(NumberSequence::named(u"INV-1a"_s));
    CHECK_FALSE(NumberSequence::named(u"N-99999999999999999999"_s));
}
