#pragma once

#include <compare>
#include <limits>
#include <optional>

#include <QtGlobal>

#include "domain/RoundingMode.h"

namespace ardesk {

// A signed 128-bit integer in two 64-bit words, for compilers without one (MSVC). Any product
// of two qint64 values fits, so amounts times rates or days stay exact until the one rounding
// at the end. Arithmetic wraps modulo 2^128 like the built-in type; division truncates towards
// zero and the remainder takes the dividend's sign, as in C++.
class PortableInt128 {
public:
    constexpr PortableInt128() = default;
    // Implicit, as the built-in type converts from narrower integers.
    constexpr PortableInt128(qint64 value) // NOLINT(google-explicit-constructor)
        : m_high(value < 0 ? ~quint64(0) : 0)
        , m_low(static_cast<quint64>(value))
    {}
    static constexpr PortableInt128 fromWords(quint64 high, quint64 low)
    {
        PortableInt128 result;
        result.m_high = high;
        result.m_low = low;
        return result;
    }

    // The low 64 bits, as static_cast from the built-in type does.
    constexpr explicit operator qint64() const { return static_cast<qint64>(m_low); }
    constexpr quint64 high() const { return m_high; }
    constexpr quint64 low() const { return m_low; }

    friend constexpr PortableInt128 operator+(PortableInt128 a, PortableInt128 b)
    {
        const quint64 low = a.m_low + b.m_low;
        const quint64 carry = low < a.m_low ? 1 : 0;
        return fromWords(a.m_high + b.m_high + carry, low);
    }
    friend constexpr PortableInt128 operator-(PortableInt128 a)
    {
        return fromWords(~a.m_high, ~a.m_low) + PortableInt128(1);
    }
    friend constexpr PortableInt128 operator-(PortableInt128 a, PortableInt128 b) { return a + -b; }
    friend PortableInt128 operator*(PortableInt128 a, PortableInt128 b);
    friend PortableInt128 operator/(PortableInt128 a, PortableInt128 b);
    friend PortableInt128 operator%(PortableInt128 a, PortableInt128 b);

    PortableInt128& operator+=(PortableInt128 other) { return *this = *this + other; }
    PortableInt128& operator-=(PortableInt128 other) { return *this = *this - other; }
    PortableInt128& operator*=(PortableInt128 other) { return *this = *this * other; }
    PortableInt128& operator/=(PortableInt128 other) { return *this = *this / other; }
    PortableInt128& operator++() { return *this += 1; }

    friend constexpr bool operator==(PortableInt128 a, PortableInt128 b) = default;
    friend constexpr std::strong_ordering operator<=>(PortableInt128 a, PortableInt128 b)
    {
        if (a.m_high != b.m_high)
            return static_cast<qint64>(a.m_high) <=> static_cast<qint64>(b.m_high);
        return a.m_low <=> b.m_low;
    }

private:
    quint64 m_high = 0;
    quint64 m_low = 0;
};

// The compiler's own type where it has one, unless ARDESK_PORTABLE_INT128 asks for the
// portable one (a CI job builds that way, so the MSVC path is tested on Linux too).
#if defined(__SIZEOF_INT128__) && !defined(ARDESK_PORTABLE_INT128)
__extension__ using Int128 = __int128;
#else
using Int128 = PortableInt128;
#endif

// The value if it fits in qint64.
template <typename Wide>
std::optional<qint64> narrowToQint64(Wide value)
{
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    if (value < Wide(lowest) || value > Wide(highest))
        return std::nullopt;
    return static_cast<qint64>(value);
}

// numerator / denominator (denominator != 0) rounded to an integer as `mode` says: the one
// rounding of exact fractions for money, KPIs and foreign amounts alike.
template <typename Wide>
Wide roundedDivide(Wide numerator, Wide denominator, RoundingMode mode)
{
    Q_ASSERT(denominator != Wide(0));
    const Wide quotient = numerator / denominator; // truncated towards zero
    const Wide remainder = numerator % denominator;
    if (remainder == Wide(0))
        return quotient;
    const bool negative = (numerator < Wide(0)) != (denominator < Wide(0));
    const Wide awayFromZero = negative ? quotient - Wide(1) : quotient + Wide(1);
    switch (mode) {
    case RoundingMode::Down:
        return quotient;
    case RoundingMode::Up:
        return awayFromZero;
    case RoundingMode::HalfUp:
    case RoundingMode::HalfEven: {
        const Wide twiceRemainder =
            remainder < Wide(0) ? Wide(-2) * remainder : Wide(2) * remainder;
        const Wide divisor = denominator < Wide(0) ? -denominator : denominator;
        if (twiceRemainder != divisor)
            return twiceRemainder > divisor ? awayFromZero : quotient;
        if (mode == RoundingMode::HalfUp)
            return awayFromZero;
        return quotient % Wide(2) == Wide(0) ? quotient : awayFromZero;
    }
    }
    Q_UNREACHABLE();
    return quotient;
}

} // namespace ardesk
