#include "domain/Money.h"

#include <array>
#include <expected>
#include <limits>
#include <optional>

#include "domain/Int128.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

constexpr qint64 kMinMinor = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxMinor = std::numeric_limits<qint64>::max();

// multipliedByRatio() and roundedDivide() have no error channel, so a result beyond qint64
// (over 10^16 major units) is the caller's bug: asserted, and clamped in release, not wrapped.
qint64 narrowRounded(Int128 value)
{
    const std::optional<qint64> narrowed = narrowToQint64(value);
    Q_ASSERT_X(narrowed.has_value(), "Money", "rounded result does not fit in qint64");
    if (!narrowed)
        return value < 0 ? kMinMinor : kMaxMinor;
    return *narrowed;
}

// Negating the most negative qint64 overflows; its magnitude does fit in quint64.
quint64 magnitudeOf(qint64 minor)
{
    return minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
}

enum class ParseFailure { Malformed, OutOfRange };

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The exchange format: [-]digits[.digits], with 1..minorDigits decimals. Whether the shape is
// right is decided before whether the value fits, so "1e3" is malformed, never out of range.
std::expected<qint64, ParseFailure> parseMinorUnits(QStringView text, int minorDigits,
                                                    bool allowNegative)
{
    const bool negative = allowNegative && text.startsWith(u'-');
    const Int128 limit = negative ? -static_cast<Int128>(kMinMinor) : kMaxMinor;
    Int128 magnitude = 0;
    bool outOfRange = false;
    const auto appendDigit = [&](int digit) {
        if (outOfRange)
            return;
        magnitude = magnitude * 10 + digit;
        outOfRange = magnitude > limit;
    };

    qsizetype i = negative ? 1 : 0;
    const qsizetype integerStart = i;
    for (; i < text.size() && isAsciiDigit(text[i]); ++i)
        appendDigit(text[i].unicode() - u'0');
    if (i == integerStart)
        return std::unexpected(ParseFailure::Malformed);

    qsizetype decimals = 0;
    if (i < text.size() && text[i] == u'.') {
        const qsizetype fractionStart = ++i;
        for (; i < text.size() && isAsciiDigit(text[i]); ++i)
            appendDigit(text[i].unicode() - u'0');
        decimals = i - fractionStart;
        if (decimals == 0 || decimals > minorDigits)
            return std::unexpected(ParseFailure::Malformed);
    }
    if (i != text.size())
        return std::unexpected(ParseFailure::Malformed);

    for (; decimals < minorDigits; ++decimals)
        appendDigit(0);
    if (outOfRange)
        return std::unexpected(ParseFailure::OutOfRange);
    return static_cast<qint64>(negative ? -magnitude : magnitude);
}

// 1234.50 in the currency's minor digits ("1234" for JPY, "1234.500" for BHD).
Money exampleAmount(CurrencyCode currency)
{
    const qint64 perMajor = currency.minorPerMajor();
    return Money(1234 * perMajor + perMajor / 2, currency);
}

QString plainFormatDetail(CurrencyCode currency, bool allowNegative)
{
    const QString example = exampleAmount(currency).toPlainString();
    const QString examples = allowNegative ? example + u" or -"_s + example : example;
    if (currency.minorDigits() == 0) {
        return u"expected a plain whole amount without decimals (%1 has no minor unit), like %2"_s
            .arg(currency.code(), examples);
    }
    return u"expected a plain decimal amount with at most %1 decimals, like %2"_s.arg(
        QString::number(currency.minorDigits()), examples);
}

// Qt writes integers in the locale's own digits (U+0660.. for ar_EG), so the fraction is
// written in them too and parsing accepts them besides ASCII digits.
char32_t zeroDigitOf(const QLocale& locale)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() == 2 && zero[0].isHighSurrogate() && zero[1].isLowSurrogate())
        return QChar::surrogateToUcs4(zero[0], zero[1]);
    return zero.size() == 1 ? zero[0].unicode() : U'0';
}

// The value of the digit at text[i], ASCII or the locale's own, and how many UTF-16 units it
// takes; -1 when there is no digit there.
int digitAt(QStringView text, qsizetype i, char32_t zeroDigit, qsizetype& width)
{
    char32_t c = text[i].unicode();
    width = 1;
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        c = QChar::surrogateToUcs4(text[i], text[i + 1]);
        width = 2;
    }
    if (c >= U'0' && c <= U'9')
        return static_cast<int>(c - U'0');
    if (c >= zeroDigit && c <= zeroDigit + 9)
        return static_cast<int>(c - zeroDigit);
    return -1;
}

bool isSpaceSeparator(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009';
}

// How many UTF-16 units of `rest` form a group separator, 0 if none. Besides the locale's own,
// this takes what people type when the keyboard lacks it: any space for fr_FR's narrow no-break
// space (U+202F), an apostrophe for de_CH's right single quotation mark (U+2019).
qsizetype groupSeparatorWidth(QStringView rest, QStringView separator)
{
    if (separator.isEmpty() || rest.isEmpty())
        return 0;
    if (rest.startsWith(separator))
        return separator.size();
    if (separator.size() == 1) {
        const QChar expected = separator.front();
        const QChar got = rest.front();
        if ((isSpaceSeparator(expected) && isSpaceSeparator(got)) ||
            (expected == u'\u2019' && got == u'\''))
            return 1;
    }
    return 0;
}

// Rewrites localized entry into the exchange format ("-1.234,5" in de_DE → "-1234.5"), leaving
// the decimal count and range to parseMinorUnits(). Grouping is optional, but separators must
// sit where a locale would put them: three digits before the decimal point and two or three
// between separators (en_IN groups 12,34,567). So "1.5" in de_DE is refused, not read as 15.
std::optional<QString> toExchangeFormat(QStringView text, const QLocale& locale)
{
    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    const QString negativeSign = locale.negativeSign();
    const char32_t zeroDigit = zeroDigitOf(locale);

    QString plain;
    plain.reserve(text.size());
    qsizetype i = 0;
    if (!negativeSign.isEmpty() && text.startsWith(negativeSign)) {
        plain += u'-';
        i = negativeSign.size();
    } else if (text.startsWith(u'-')) {
        plain += u'-';
        i = 1;
    }

    qsizetype groupLength = 0;
    int separators = 0;
    while (i < text.size()) {
        qsizetype width = 0;
        if (const int digit = digitAt(text, i, zeroDigit, width); digit >= 0) {
            plain += QChar(u'0' + digit);
            ++groupLength;
            i += width;
            continue;
        }
        if (!decimalPoint.isEmpty() && text.sliced(i).startsWith(decimalPoint))
            break;
        width = groupSeparatorWidth(text.sliced(i), groupSeparator);
        const bool misplaced =
            groupLength == 0 || (separators > 0 && (groupLength < 2 || groupLength > 3));
        if (width == 0 || misplaced)
            return std::nullopt;
        ++separators;
        groupLength = 0;
        i += width;
    }
    if (separators > 0 && groupLength != 3)
        return std::nullopt;

    if (i < text.size()) {
        plain += u'.';
        i += decimalPoint.size();
        while (i < text.size()) {
            qsizetype width = 0;
            const int digit = digitAt(text, i, zeroDigit, width);
            if (digit < 0)
                return std::nullopt;
            plain += QChar(u'0' + digit);
            i += width;
        }
    }
    return plain;
}

QString localizedFormatDetail(CurrencyCode currency, const QLocale& locale)
{
    const Money example = exampleAmount(currency);
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString examples = example.toLocalizedString(locale);
    if (const QString plain = example.toLocalizedString(ungrouped); plain != examples)
        examples += u" or "_s + plain;
    if (currency.minorDigits() == 0)
        return u"expected a whole amount (%1 has no minor unit), like %2"_s.arg(currency.code(),
                                                                                examples);
    return u"expected an amount with at most %1 decimals, like %2"_s.arg(
        QString::number(currency.minorDigits()), examples);
}

} // namespace

Result<Money> Money::parsePlain(QStringView text, CurrencyCode currency, bool allowNegative)
{
    const auto minor = parseMinorUnits(text, currency.minorDigits(), allowNegative);
    if (minor)
        return Money(*minor, currency);
    if (minor.error() == ParseFailure::Malformed)
        return fail(ErrorCode::InvalidInput, plainFormatDetail(currency, allowNegative));
    const QString largest = Money(kMaxMinor, currency).toPlainString();
    if (!allowNegative)
        return fail(ErrorCode::InvalidInput, u"amount too large: at most %1"_s.arg(largest));
    return fail(ErrorCode::InvalidInput, u"amount out of range: expected %1 to %2"_s.arg(
                                             Money(kMinMinor, currency).toPlainString(), largest));
}

Result<Money> Money::parseLocalized(QStringView text, CurrencyCode currency, const QLocale& locale)
{
    const std::optional<QString> plain = toExchangeFormat(text, locale);
    const auto minor = plain ? parseMinorUnits(*plain, currency.minorDigits(), true)
                             : std::unexpected(ParseFailure::Malformed);
    if (minor)
        return Money(*minor, currency);
    if (minor.error() == ParseFailure::Malformed)
        return fail(ErrorCode::InvalidInput, localizedFormatDetail(currency, locale));
    return fail(ErrorCode::InvalidInput, u"amount out of range: expected %1 to %2"_s.arg(
                                             Money(kMinMinor, currency).toLocalizedString(locale),
                                             Money(kMaxMinor, currency).toLocalizedString(locale)));
}

QString Money::toPlainString() const
{
    const int minorDigits = m_currency.minorDigits();
    quint64 rest = magnitudeOf(m_minor);
    // Filled from the end; at most a sign, 19 digits, a decimal point and a leading zero.
    std::array<char, 24> buffer;
    char* const end = buffer.data() + buffer.size();
    char* out = end;
    for (int i = 0; i < minorDigits; ++i) {
        *--out = static_cast<char>('0' + rest % 10);
        rest /= 10;
    }
    if (minorDigits > 0)
        *--out = '.';
    do {
        *--out = static_cast<char>('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    if (m_minor < 0)
        *--out = '-';
    return QString::fromLatin1(out, end - out);
}

QString Money::toLocalizedString(const QLocale& locale) const
{
    const quint64 magnitude = magnitudeOf(m_minor);
    const auto perMajor = static_cast<quint64>(m_currency.minorPerMajor());
    QString result;
    if (m_minor < 0)
        result += locale.negativeSign();
    result += locale.toString(static_cast<qulonglong>(magnitude / perMajor));
    if (perMajor > 1) {
        result += locale.decimalPoint();
        const char32_t zeroDigit = zeroDigitOf(locale);
        const quint64 fraction = magnitude % perMajor;
        for (quint64 unit = perMajor / 10; unit > 0; unit /= 10) {
            const auto digit = static_cast<char32_t>(fraction / unit % 10);
            result += QStringView(QChar::fromUcs4(zeroDigit + digit));
        }
    }
    return result;
}

Result<Money> Money::plus(const Money& other) const
{
    if (other.m_currency != m_currency) {
        return fail(ErrorCode::InvalidArgument, u"currency mismatch: cannot add %1 to %2"_s.arg(
                                                    other.m_currency.code(), m_currency.code()));
    }
    const std::optional<qint64> sum = narrowToQint64(static_cast<Int128>(m_minor) + other.m_minor);
    if (!sum) {
        return fail(ErrorCode::InvalidInput,
                    u"amount out of range: %1 + %2"_s.arg(toPlainString(), other.toPlainString()));
    }
    return Money(*sum, m_currency);
}

Result<Money> Money::minus(const Money& other) const
{
    if (other.m_currency != m_currency) {
        return fail(ErrorCode::InvalidArgument,
                    u"currency mismatch: cannot subtract %1 from %2"_s.arg(other.m_currency.code(),
                                                                           m_currency.code()));
    }
    const std::optional<qint64> difference =
        narrowToQint64(static_cast<Int128>(m_minor) - other.m_minor);
    if (!difference) {
        return fail(ErrorCode::InvalidInput,
                    u"amount out of range: %1 - %2"_s.arg(toPlainString(), other.toPlainString()));
    }
    return Money(*difference, m_currency);
}

Money Money::multipliedByRatio(qint64 numerator, qint64 denominator, RoundingMode mode) const
{
    Q_ASSERT(denominator != 0);
    const Int128 product = static_cast<Int128>(m_minor) * numerator;
    return Money(narrowRounded(roundedDivide<Int128>(product, denominator, mode)), m_currency);
}

QList<Money> Money::allocate(int parts) const
{
    Q_ASSERT(parts > 0);
    // C++ division truncates towards zero and the remainder takes the amount's sign, so the
    // first |remainder| parts get one more unit of that sign: -100 / 3 → -34, -33, -33.
    const qint64 share = m_minor / parts;
    const qint64 remainder = m_minor % parts;
    const qint64 extraUnit = remainder < 0 ? -1 : 1;
    const qint64 partsWithExtra = remainder < 0 ? -remainder : remainder;
    QList<Money> result;
    result.reserve(parts);
    for (int i = 0; i < parts; ++i)
        result.append(Money(i < partsWithExtra ? share + extraUnit : share, m_currency));
    return result;
}

qint64 roundedDivide(qint64 numerator, qint64 denominator, RoundingMode mode)
{
    Q_ASSERT(denominator != 0);
    return narrowRounded(roundedDivide<Int128>(numerator, denominator, mode));
}

} // namespace ardesk
