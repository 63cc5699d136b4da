#include "imports/ForeignAmount.h"

#include <limits>

#include "domain/Int128.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Exact intermediate products: 12 + 6 digits times 12 + 6 digits times a percentage with 6
// decimals stays well below 2^127.
using Wide = Int128;

constexpr int maximumIntegerDigits = 12;
constexpr int maximumDecimals = 6;

Wide power10(int exponent)
{
    Wide result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// numerator / 10^scale at `minorDigits`, rounded half-up; numerator >= 0.
std::optional<qint64> roundHalfUp(Wide numerator, int scale, int minorDigits)
{
    if (scale <= minorDigits)
        return narrowToQint64(numerator * power10(minorDigits - scale));
    return narrowToQint64(
        roundedDivide<Wide>(numerator, power10(scale - minorDigits), RoundingMode::HalfUp));
}

} // namespace

std::optional<ForeignAmount> ForeignAmount::parse(QStringView text, DecimalMark mark)
{
    const QChar decimal = mark == DecimalMark::Point ? u'.' : u',';
    const QChar group = mark == DecimalMark::Point ? u',' : u'.';
    qint64 digits = 0;
    int integerDigits = 0;
    int scale = 0;
    bool point = false;
    int groupDigits = -1; // digits since the last thousands comma; -1 before the first comma
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            if (point) {
                if (++scale > maximumDecimals)
                    return std::nullopt;
            } else {
                if (++integerDigits > maximumIntegerDigits)
                    return std::nullopt;
                if (groupDigits >= 0 && ++groupDigits > 3)
                    return std::nullopt;
            }
            digits = digits * 10 + (c.unicode() - u'0');
        } else if (c == group && !point) {
            // A comma after one to three leading digits, then after each group of three.
            if (integerDigits == 0 || (groupDigits < 0 ? integerDigits > 3 : groupDigits != 3))
                return std::nullopt;
            groupDigits = 0;
        } else if (c == decimal && !point) {
            point = true;
            if (groupDigits >= 0 && groupDigits != 3)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (integerDigits == 0 || (point && scale == 0) ||
        (!point && groupDigits >= 0 && groupDigits != 3))
        return std::nullopt;
    return ForeignAmount(digits, scale);
}

QString ForeignAmount::expectation(DecimalMark mark)
{
    return mark == DecimalMark::Point
               ? u"expected a number like 1234.56 or 1,234.56 (no sign)"_s
               : u"expected a number with a decimal comma, like 1234,56 or 1.234,56 (no sign)"_s;
}

std::optional<qint64> ForeignAmount::lineMinor(ForeignAmount quantity, ForeignAmount price,
                                               ForeignAmount percentOff, ForeignAmount amountOff,
                                               int minorDigits)
{
    const Wide gross = Wide(quantity.m_digits) * price.m_digits;
    const int grossScale = quantity.m_scale + price.m_scale;
    // (100 − percent) at the percentage's scale; a discount above 100 % would make it negative.
    const Wide hundred = 100 * power10(percentOff.m_scale);
    if (percentOff.m_digits > hundred)
        return std::nullopt;
    Wide net = gross * (hundred - percentOff.m_digits);
    int scale = grossScale + percentOff.m_scale + 2;
    if (!amountOff.isZero()) {
        // Both at the finer of the two scales.
        Wide off = amountOff.m_digits;
        if (amountOff.m_scale < scale)
            off *= power10(scale - amountOff.m_scale);
        else {
            net *= power10(amountOff.m_scale - scale);
            scale = amountOff.m_scale;
        }
        if (off > net)
            return std::nullopt;
        net -= off;
    }
    return roundHalfUp(net, scale, minorDigits);
}

std::optional<qint64> ForeignAmount::minor(int minorDigits) const
{
    return roundHalfUp(m_digits, m_scale, minorDigits);
}

} // namespace ardesk
