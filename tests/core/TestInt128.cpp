// The portable 128-bit integer against the compiler's own, and the one rounding of exact
// fractions that money, KPIs and foreign amounts share.

#include <catch2/catch.hpp>

#include <limits>
#include <random>

#include "domain/Int128.h"

using ardesk::PortableInt128;
using ardesk::roundedDivide;
using ardesk::RoundingMode;

namespace {

// Values that reach every word and sign: products of two qint64 and their neighbours.
PortableInt128 spread(std::mt19937_64& random)
{
    const auto a = static_cast<qint64>(random());
    const auto b = static_cast<qint64>(random() >> (random() % 64));
    switch (random() % 4) {
    case 0:
        return PortableInt128(a);
    case 1:
        return PortableInt128(a) * PortableInt128(b);
    case 2:
        return PortableInt128(b % 1000);
    default:
        return PortableInt128::fromWords(random(), random());
    }
}

} // namespace

TEST_CASE("PortableInt128 rounds half-up, half-even, down and up like the contract's examples",
          "[domain][int128]")
{
    struct Case {
        qint64 numerator;
        qint64 denominator;
        RoundingMode mode;
        qint64 expected;
    };
    const auto c =
        GENERATE(Case{5, 2, RoundingMode::HalfUp, 3}, Case{-5, 2, RoundingMode::HalfUp, -3},
                 Case{5, 2, RoundingMode::HalfEven, 2}, Case{7, 2, RoundingMode::HalfEven, 4},
                 Case{-7, 2, RoundingMode::HalfEven, -4}, Case{7, 3, RoundingMode::Down, 2},
                 Case{-7, 3, RoundingMode::Down, -2}, Case{7, 3, RoundingMode::Up, 3},
                 Case{-7, 3, RoundingMode::Up, -3}, Case{7, -3, RoundingMode::HalfUp, -2},
                 Case{100'000 * 1'200, 12 * 10'000, RoundingMode::HalfUp, 1'000},
                 Case{6, 3, RoundingMode::Up, 2});
    const PortableInt128 rounded =
        roundedDivide<PortableInt128>(c.numerator, c.denominator, c.mode);
    CHECK(static_cast<qint64>(rounded) == c.expected);
}

TEST_CASE("PortableInt128 multiplies and divides beyond 64 bits exactly", "[domain][int128]")
{
    const qint64 big = std::numeric_limits<qint64>::max();
    const PortableInt128 square = PortableInt128(big) * PortableInt128(big);
    // (2^63 - 1)^2 = 2^126 - 2^64 + 1
    CHECK(square == PortableInt128::fromWords(0x3FFF'FFFF'FFFF'FFFFu, 1));
    CHECK(square / PortableInt128(big) == PortableInt128(big));
    CHECK(square % PortableInt128(big) == PortableInt128(0));
    CHECK((square + 5) % PortableInt128(big) == PortableInt128(5));
    CHECK(-square / PortableInt128(big) == PortableInt128(-big));
    CHECK(-(square + 5) % PortableInt128(big) == PortableInt128(-5));
    CHECK(ardesk::narrowToQint64(square) == std::nullopt);
    CHECK(ardesk::narrowToQint64(PortableInt128(std::numeric_limits<qint64>::min())) ==
          std::numeric_limits<qint64>::min());
    CHECK(PortableInt128(-1) < PortableInt128(0));
    CHECK(PortableInt128::fromWords(1, 0) > PortableInt128(big));
}

#if defined(__SIZEOF_INT128__)
TEST_CASE("PortableInt128 agrees with the compiler's __int128 on random operands",
          "[domain][int128]")
{
    __extension__ using Native = __int128;
    __extension__ using NativeUnsigned = unsigned __int128;
    const auto native = [](PortableInt128 value) {
        return static_cast<Native>((static_cast<NativeUnsigned>(value.high()) << 64) | value.low());
    };
    const auto portable = [](Native value) {
        const auto bits = static_cast<NativeUnsigned>(value);
        return PortableInt128::fromWords(static_cast<quint64>(bits >> 64),
                                         static_cast<quint64>(bits));
    };
    std::mt19937_64 random(20261205);
    for (int i = 0; i < 20'000; ++i) {
        const PortableInt128 a = spread(random);
        const PortableInt128 b = spread(random);
        INFO("a = " << a.high() << ':' << a.low() << ", b = " << b.high() << ':' << b.low());
        REQUIRE(portable(native(a) + native(b)) == a + b);
        REQUIRE(portable(native(a) - native(b)) == a - b);
        // Multiplication wraps modulo 2^128 in both; unsigned keeps the native side defined.
        REQUIRE(portable(static_cast<Native>(static_cast<NativeUnsigned>(native(a)) *
                                             static_cast<NativeUnsigned>(native(b)))) == a * b);
        REQUIRE((native(a) < native(b)) == (a < b));
        REQUIRE((native(a) == native(b)) == (a == b));
        const bool overflows = native(a) == std::numeric_limits<Native>::min() && native(b) == -1;
        if (b == PortableInt128(0) || overflows)
            continue;
        REQUIRE(portable(native(a) / native(b)) == a / b);
        REQUIRE(portable(native(a) % native(b)) == a % b);
        // Rounding doubles the remainder: divisors up to 2^100 keep that defined natively.
        const Native divisorLimit = Native(1) << 100;
        if (native(b) > divisorLimit || native(b) < -divisorLimit)
            continue;
        for (const RoundingMode mode :
             {RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::Down, RoundingMode::Up}) {
            REQUIRE(portable(roundedDivide<Native>(native(a), native(b), mode)) ==
                    roundedDivide<PortableInt128>(a, b, mode));
        }
    }
}
#endif
