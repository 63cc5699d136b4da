#include "domain/Int128.h"

namespace ardesk {

namespace {

struct Words {
    quint64 high;
    quint64 low;
};

// The full 128-bit product of two 64-bit words, from four 32-bit partial products.
Words multiplyWords(quint64 a, quint64 b)
{
    constexpr quint64 mask = 0xFFFF'FFFFu;
    const quint64 aLow = a & mask;
    const quint64 aHigh = a >> 32;
    const quint64 bLow = b & mask;
    const quint64 bHigh = b >> 32;
    const quint64 lowLow = aLow * bLow;
    const quint64 highLow = aHigh * bLow;
    const quint64 lowHigh = aLow * bHigh;
    const quint64 highHigh = aHigh * bHigh;
    const quint64 middle = (lowLow >> 32) + (highLow & mask) + (lowHigh & mask);
    return Words{.high = highHigh + (highLow >> 32) + (lowHigh >> 32) + (middle >> 32),
                 .low = (middle << 32) | (lowLow & mask)};
}

bool isNegative(PortableInt128 value)
{
    return value < PortableInt128(0);
}

PortableInt128 magnitude(PortableInt128 value)
{
    return isNegative(value) ? -value : value;
}

// Unsigned long division, one bit at a time: 128 steps, plenty for the few exact ratios a
// report or an import line needs.
void divideUnsigned(PortableInt128 dividend, PortableInt128 divisor, PortableInt128& quotient,
                    PortableInt128& remainder)
{
    const auto lessUnsigned = [](PortableInt128 a, PortableInt128 b) {
        return a.high() != b.high() ? a.high() < b.high() : a.low() < b.low();
    };
    quint64 quotientHigh = 0;
    quint64 quotientLow = 0;
    PortableInt128 rest;
    for (int bit = 127; bit >= 0; --bit) {
        const quint64 next =
            bit >= 64 ? (dividend.high() >> (bit - 64)) & 1u : (dividend.low() >> bit) & 1u;
        rest = PortableInt128::fromWords((rest.high() << 1) | (rest.low() >> 63),
                                         (rest.low() << 1) | next);
        if (!lessUnsigned(rest, divisor)) {
            rest = rest - divisor;
            if (bit >= 64)
                quotientHigh |= quint64(1) << (bit - 64);
            else
                quotientLow |= quint64(1) << bit;
        }
    }
    quotient = PortableInt128::fromWords(quotientHigh, quotientLow);
    remainder = rest;
}

} // namespace

PortableInt128 operator*(PortableInt128 a, PortableInt128 b)
{
    // Modulo 2^128 the two's complement product is the unsigned one, so signs need no care.
    const Words lows = multiplyWords(a.low(), b.low());
    return PortableInt128::fromWords(lows.high + a.high() * b.low() + a.low() * b.high(), lows.low);
}

PortableInt128 operator/(PortableInt128 a, PortableInt128 b)
{
    Q_ASSERT(b != PortableInt128(0));
    PortableInt128 quotient;
    PortableInt128 remainder;
    divideUnsigned(magnitude(a), magnitude(b), quotient, remainder);
    return isNegative(a) != isNegative(b) ? -quotient : quotient;
}

PortableInt128 operator%(PortableInt128 a, PortableInt128 b)
{
    Q_ASSERT(b != PortableInt128(0));
    PortableInt128 quotient;
    PortableInt128 remainder;
    divideUnsigned(magnitude(a), magnitude(b), quotient, remainder);
    return isNegative(a) ? -remainder : remainder;
}

} // namespace ardesk
