#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

#include <QLocale>
#include <QString>

#include "domain/Money.h"

using namespace Qt::StringLiterals;
using ardesk::CurrencyCode;
using ardesk::ErrorCode;
using ardesk::Money;
using ardesk::Result;
using ardesk::RoundingMode;

namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

CurrencyCode currency(QStringView code)
{
    return CurrencyCode::fromCode(code).value();
}

Money money(qint64 minor, QStringView code)
{
    return Money(minor, currency(code));
}

QString errorDetail(const Result<Money>& result)
{
    return result ? QString() : result.error().detail;
}

} // namespace

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<Money> {
    static std::string convert(const Money& value)
    {
        return QString(value.currency().code() + u' ' + value.toPlainString()).toStdString();
    }
};
template <>
struct StringMaker<Result<Money>> {
    static std::string convert(const Result<Money>& value)
    {
        if (value)
            return StringMaker<Money>::convert(*value);
        return "error " + std::to_string(static_cast<int>(value.error().code)) + ": " +
               value.error().detail.toStdString();
    }
};
template <>
struct StringMaker<RoundingMode> {
    static std::string convert(RoundingMode mode)
    {
        switch (mode) {
        case RoundingMode::HalfUp:
            return "HalfUp";
        case RoundingMode::HalfEven:
            return "HalfEven";
        case RoundingMode::Down:
            return "Down";
        case RoundingMode::Up:
            return "Up";
        }
        return "?";
    }
};
} // namespace Catch

TEST_CASE("Money::parsePlain reads the exchange format", "[domain][money]")
{
    const auto [code, text, minor] = GENERATE(table<QString, QString, qint64>({
        {u"EUR"_s, u"1234"_s, 123400},
        {u"EUR"_s, u"1234.5"_s, 123450},
        {u"EUR"_s, u"1234.50"_s, 123450},
        {u"EUR"_s, u"0"_s, 0},
        {u"EUR"_s, u"0.00"_s, 0},
        {u"EUR"_s, u"0.01"_s, 1},
        {u"EUR"_s, u"007.50"_s, 750},
        {u"EUR"_s, u"92233720368547758.07"_s, kMax},
        {u"EUR"_s, u"92233720368547758"_s, 9223372036854775800},
        {u"JPY"_s, u"1234"_s, 1234},
        {u"JPY"_s, u"0"_s, 0},
        {u"JPY"_s, u"9223372036854775807"_s, kMax},
        {u"BHD"_s, u"1.234"_s, 1234},
        {u"BHD"_s, u"1.2"_s, 1200},
        {u"BHD"_s, u"0.005"_s, 5},
        {u"CLF"_s, u"1.2345"_s, 12345},
        {u"CLF"_s, u"10.5"_s, 105000},
    }));
    CAPTURE(code, text);

    CHECK(Money::parsePlain(text, currency(code)) == money(minor, code));
    CHECK(Money::parsePlain(text, currency(code), true) == money(minor, code));
}

TEST_CASE("Money::parsePlain refuses anything else", "[domain][money]")
{
    const auto [code, text] = GENERATE(table<QString, QString>({
        {u"EUR"_s, u""_s},
        {u"EUR"_s, u".5"_s},
        {u"EUR"_s, u"5."_s},
        {u"EUR"_s, u"."_s},
        {u"EUR"_s, u"+5"_s},
        {u"EUR"_s, u"-5"_s},
        {u"EUR"_s, u"-"_s},
        {u"EUR"_s, u"5-"_s},
        {u"EUR"_s, u"1,234.50"_s},
        {u"EUR"_s, u"1234,50"_s},
        {u"EUR"_s, u"1 234"_s},
        {u"EUR"_s, u" 5"_s},
        {u"EUR"_s, u"5 "_s},
        {u"EUR"_s, u"1e3"_s},
        {u"EUR"_s, u"1E3"_s},
        {u"EUR"_s, u"0x10"_s},
        {u"EUR"_s, u"1_000"_s},
        {u"EUR"_s, u"1.2.3"_s},
        {u"EUR"_s, u"1234.505"_s},
        {u"EUR"_s, u"5€"_s},
        {u"EUR"_s, u"€5"_s},
        {u"EUR"_s, u"inf"_s},
        {u"EUR"_s, u"NaN"_s},
        {u"EUR"_s, u"٥"_s},  // ARABIC-INDIC DIGIT FIVE
        {u"EUR"_s, u"５"_s}, // FULLWIDTH DIGIT FIVE
        {u"EUR"_s, u"99999999999999999999999.505"_s},
        {u"JPY"_s, u"100.0"_s},
        {u"JPY"_s, u"100."_s},
        {u"JPY"_s, u"0.5"_s},
        {u"BHD"_s, u"1.2345"_s},
        {u"CLF"_s, u"1.23456"_s},
    }));
    CAPTURE(code, text);

    const Result<Money> parsed = Money::parsePlain(text, currency(code));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    CHECK(parsed.error().detail.startsWith(u"expected a plain "_s));
}

TEST_CASE("Money::parsePlain says what it expected", "[domain][money]")
{
    CHECK(errorDetail(Money::parsePlain(u"1,234.50", currency(u"EUR"))) ==
          u"expected a plain decimal amount with at most 2 decimals, like 1234.50"_s);
    CHECK(errorDetail(Money::parsePlain(u"1.2345", currency(u"BHD"), true)) ==
          u"expected a plain decimal amount with at most 3 decimals, like 1234.500"
          u" or -1234.500"_s);
    CHECK(errorDetail(Money::parsePlain(u"100.0", currency(u"JPY"))) ==
          u"expected a plain whole amount without decimals (JPY has no minor unit), like 1234"_s);
}

TEST_CASE("Money::parsePlain takes one leading minus only when asked to", "[domain][money]")
{
    const CurrencyCode eur = currency(u"EUR");
    CHECK(Money::parsePlain(u"-5", eur, true) == money(-500, u"EUR"));
    CHECK(Money::parsePlain(u"-0.01", eur, true) == money(-1, u"EUR"));
    CHECK(Money::parsePlain(u"-1234.5", eur, true) == money(-123450, u"EUR"));
    CHECK(Money::parsePlain(u"-0", eur, true) == money(0, u"EUR"));
    CHECK(Money::parsePlain(u"-92233720368547758.08", eur, true) == money(kMin, u"EUR"));
    CHECK(Money::parsePlain(u"-9223372036854775808", currency(u"JPY"), true) ==
          money(kMin, u"JPY"));

    const QString text = GENERATE(u"--5"_s, u"- 5"_s, u"-"_s, u"-.5"_s, u"-5."_s, u"+5"_s, u"5-"_s,
                                  u"−5"_s /* U+2212 */, u"-1234.505"_s);
    CAPTURE(text);
    CHECK_FALSE(Money::parsePlain(text, eur, true));
}

TEST_CASE("Money::parsePlain refuses amounts beyond qint64", "[domain][money]")
{
    const auto [code, text, allowNegative] = GENERATE(table<QString, QString, bool>({
        {u"EUR"_s, u"92233720368547758.08"_s, false},
        {u"EUR"_s, u"92233720368547759"_s, false}, // overflows only when scaled to cents
        {u"EUR"_s, u"-92233720368547758.09"_s, true},
        {u"EUR"_s, u"99999999999999999999999999999999999999999999.99"_s, false},
        {u"JPY"_s, u"9223372036854775808"_s, false},
        {u"JPY"_s, u"-9223372036854775809"_s, true},
        {u"CLF"_s, u"922337203685477.5808"_s, false},
        {u"EUR"_s, u"000000000000000000000000000000092233720368547758.08"_s, false},
    }));
    CAPTURE(code, text);

    const Result<Money> parsed = Money::parsePlain(text, currency(code), allowNegative);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    CHECK(parsed.error().detail.startsWith(u"amount "_s));
}

TEST_CASE("Money::parsePlain names the range it can hold", "[domain][money]")
{
    CHECK(errorDetail(Money::parsePlain(u"92233720368547758.08", currency(u"EUR"))) ==
          u"amount too large: at most 92233720368547758.07"_s);
    CHECK(errorDetail(Money::parsePlain(u"-92233720368547758.09", currency(u"EUR"), true)) ==
          u"amount out of range: expected -92233720368547758.08 to 92233720368547758.07"_s);
}

TEST_CASE("Money::toPlainString writes exactly the minor digits", "[domain][money]")
{
    const auto [code, minor, text] = GENERATE(table<QString, qint64, QString>({
        {u"EUR"_s, 123450, u"1234.50"_s},
        {u"EUR"_s, -2000, u"-20.00"_s},
        {u"EUR"_s, 5, u"0.05"_s},
        {u"EUR"_s, -5, u"-0.05"_s},
        {u"EUR"_s, 0, u"0.00"_s},
        {u"EUR"_s, 123456789, u"1234567.89"_s},
        {u"EUR"_s, kMax, u"92233720368547758.07"_s},
        {u"EUR"_s, kMin, u"-92233720368547758.08"_s},
        {u"EUR"_s, kMin + 1, u"-92233720368547758.07"_s},
        {u"JPY"_s, 1234, u"1234"_s},
        {u"JPY"_s, -1, u"-1"_s},
        {u"JPY"_s, 0, u"0"_s},
        {u"JPY"_s, kMin, u"-9223372036854775808"_s},
        {u"BHD"_s, 1, u"0.001"_s},
        {u"BHD"_s, -1234500, u"-1234.500"_s},
        {u"CLF"_s, 12345, u"1.2345"_s},
        {u"CLF"_s, kMin, u"-922337203685477.5808"_s},
    }));
    CAPTURE(code, minor);

    CHECK(money(minor, code).toPlainString() == text);
}

TEST_CASE("Money plain text round-trips", "[domain][money]")
{
    const QString code = GENERATE(u"EUR"_s, u"JPY"_s, u"BHD"_s, u"CLF"_s);
    const qint64 minor = GENERATE(kMin, kMin + 1, -100000, -1, 0, 1, 9, 10, 99, 100, 12345,
                                  kMax - 1, kMax, take(100, random(kMin, kMax)));
    CAPTURE(code, minor);

    const Money original = money(minor, code);
    CHECK(Money::parsePlain(original.toPlainString(), original.currency(), true) == original);
}

TEST_CASE("Money::parseLocalized reads the locale's separators", "[domain][money]")
{
    const auto [localeName, code, text, minor] = GENERATE(table<QString, QString, QString, qint64>({
        {u"de_DE"_s, u"EUR"_s, u"1.234,50"_s, 123450},
        {u"de_DE"_s, u"EUR"_s, u"1234,50"_s, 123450},
        {u"de_DE"_s, u"EUR"_s, u"1234,5"_s, 123450},
        {u"de_DE"_s, u"EUR"_s, u"1234"_s, 123400},
        {u"de_DE"_s, u"EUR"_s, u"0,01"_s, 1},
        {u"de_DE"_s, u"EUR"_s, u"-1.234,50"_s, -123450},
        {u"de_DE"_s, u"EUR"_s, u"1.234.567,89"_s, 123456789},
        {u"de_DE"_s, u"EUR"_s, u"1234.567,89"_s, 123456789},
        {u"de_DE"_s, u"JPY"_s, u"1.234"_s, 1234},
        {u"de_DE"_s, u"BHD"_s, u"1.234,567"_s, 1234567},
        {u"en_US"_s, u"EUR"_s, u"1,234.50"_s, 123450},
        {u"en_US"_s, u"EUR"_s, u"1234.5"_s, 123450},
        {u"en_US"_s, u"EUR"_s, u"-1,234.50"_s, -123450},
        {u"en_US"_s, u"USD"_s, u"1,000,000"_s, 100000000},
        {u"en_US"_s, u"JPY"_s, u"1,234"_s, 1234},
        {u"fr_FR"_s, u"EUR"_s, u"1\u202F234,50"_s, 123450}, // narrow no-break space
        {u"fr_FR"_s, u"EUR"_s, u"1 234,50"_s, 123450},      // what a keyboard types
        {u"fr_FR"_s, u"EUR"_s, u"1\u00A0234,50"_s, 123450}, // no-break space, older CLDR
        {u"fr_FR"_s, u"EUR"_s, u"1 234 567,89"_s, 123456789},
        {u"fr_FR"_s, u"EUR"_s, u"-1 234,5"_s, -123450},
        {u"fr_FR"_s, u"EUR"_s, u"1234,50"_s, 123450},
        {u"de_CH"_s, u"CHF"_s, u"1\u2019234.50"_s, 123450},
        {u"de_CH"_s, u"CHF"_s, u"1'234.50"_s, 123450},
        {u"en_IN"_s, u"INR"_s, u"12,34,567.00"_s, 123456700},
        {u"sv_SE"_s, u"SEK"_s, u"\u22125,00"_s, -500}, // the locale's minus sign
        {u"sv_SE"_s, u"SEK"_s, u"-5,00"_s, -500},
        {u"ar_EG"_s, u"EGP"_s, u"\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0660"_s, 123450},
        {u"ar_EG"_s, u"EGP"_s, u"1234\u066B50"_s, 123450},
    }));
    CAPTURE(localeName, code, text);

    CHECK(Money::parseLocalized(text, currency(code), QLocale(localeName)) == money(minor, code));
}

TEST_CASE("Money::parseLocalized refuses malformed or misgrouped entry", "[domain][money]")
{
    const auto [localeName, code, text] = GENERATE(table<QString, QString, QString>({
        {u"de_DE"_s, u"EUR"_s, u""_s},
        {u"de_DE"_s, u"EUR"_s, u"1,234.50"_s}, // en_US habits in de_DE
        {u"de_DE"_s, u"EUR"_s, u"1.5"_s},      // meant 1,5: a group needs three digits
        {u"de_DE"_s, u"EUR"_s, u"12.34,00"_s},
        {u"de_DE"_s, u"EUR"_s, u"1.2345,00"_s},
        {u"de_DE"_s, u"EUR"_s, u"1..234,00"_s},
        {u"de_DE"_s, u"EUR"_s, u".234,00"_s},
        {u"de_DE"_s, u"EUR"_s, u"1.234.,00"_s},
        {u"de_DE"_s, u"EUR"_s, u"1.234."_s},
        {u"de_DE"_s, u"EUR"_s, u",50"_s},
        {u"de_DE"_s, u"EUR"_s, u"5,"_s},
        {u"de_DE"_s, u"EUR"_s, u"1234,505"_s},
        {u"de_DE"_s, u"EUR"_s, u"1,2,3"_s},
        {u"de_DE"_s, u"EUR"_s, u"1,23.4"_s},
        {u"de_DE"_s, u"EUR"_s, u" 5"_s},
        {u"de_DE"_s, u"EUR"_s, u"5 "_s},
        {u"de_DE"_s, u"EUR"_s, u"+5"_s},
        {u"de_DE"_s, u"EUR"_s, u"--5"_s},
        {u"de_DE"_s, u"EUR"_s, u"5 €"_s},
        {u"de_DE"_s, u"JPY"_s, u"1.234,5"_s},
        {u"en_US"_s, u"EUR"_s, u"1.234,50"_s},
        {u"en_US"_s, u"EUR"_s, u"1,5"_s},
        {u"en_US"_s, u"EUR"_s, u"1,234,56"_s},
        {u"en_US"_s, u"EUR"_s, u"1 234.50"_s}, // a space is not en_US grouping
        {u"fr_FR"_s, u"EUR"_s, u"1.234,50"_s},
        {u"fr_FR"_s, u"EUR"_s, u"1  234,50"_s},
        {u"fr_FR"_s, u"EUR"_s, u"1 234.50"_s},
        {u"fr_FR"_s, u"EUR"_s, u"1234 "_s},
    }));
    CAPTURE(localeName, code, text);

    const Result<Money> parsed = Money::parseLocalized(text, currency(code), QLocale(localeName));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Money::parseLocalized says what it expected", "[domain][money]")
{
    CHECK(errorDetail(Money::parseLocalized(u"1.5", currency(u"EUR"), QLocale(u"de_DE"_s))) ==
          u"expected an amount with at most 2 decimals, like 1.234,50 or 1234,50"_s);
    CHECK(errorDetail(Money::parseLocalized(u"1.5", currency(u"JPY"), QLocale(u"en_US"_s))) ==
          u"expected a whole amount (JPY has no minor unit), like 1,234 or 1234"_s);
    CHECK(errorDetail(Money::parseLocalized(u"x", currency(u"EUR"), QLocale::c())) ==
          u"expected an amount with at most 2 decimals, like 1234.50"_s);
    CHECK(errorDetail(Money::parseLocalized(u"92.233.720.368.547.758,08", currency(u"EUR"),
                                            QLocale(u"de_DE"_s))) ==
          u"amount out of range: expected -92.233.720.368.547.758,08 to "
          u"92.233.720.368.547.758,07"_s);
}

TEST_CASE("Money::toLocalizedString groups and uses the locale's separators", "[domain][money]")
{
    const auto [localeName, code, minor, text] = GENERATE(table<QString, QString, qint64, QString>({
        {u"de_DE"_s, u"EUR"_s, 123450, u"1.234,50"_s},
        {u"de_DE"_s, u"EUR"_s, -123450, u"-1.234,50"_s},
        {u"de_DE"_s, u"EUR"_s, 5, u"0,05"_s},
        {u"de_DE"_s, u"EUR"_s, 0, u"0,00"_s},
        {u"de_DE"_s, u"EUR"_s, 99, u"0,99"_s},
        {u"de_DE"_s, u"JPY"_s, 1234567, u"1.234.567"_s},
        {u"de_DE"_s, u"EUR"_s, kMin, u"-92.233.720.368.547.758,08"_s},
        {u"en_US"_s, u"EUR"_s, 123456789, u"1,234,567.89"_s},
        {u"en_US"_s, u"EUR"_s, -1, u"-0.01"_s},
        {u"en_US"_s, u"BHD"_s, 1234567, u"1,234.567"_s},
        {u"en_US"_s, u"CLF"_s, 12345678, u"1,234.5678"_s},
        {u"fr_FR"_s, u"EUR"_s, 123450, u"1\u202F234,50"_s},
        {u"fr_FR"_s, u"EUR"_s, -123456789, u"-1\u202F234\u202F567,89"_s},
        {u"C"_s, u"EUR"_s, 123450, u"1234.50"_s},
    }));
    CAPTURE(localeName, code, minor);

    CHECK(money(minor, code).toLocalizedString(QLocale(localeName)) == text);
}

TEST_CASE("Money localized text round-trips", "[domain][money]")
{
    const QString localeName = GENERATE(u"de_DE"_s, u"en_US"_s, u"fr_FR"_s, u"de_CH"_s, u"en_IN"_s,
                                        u"es_ES"_s, u"sv_SE"_s, u"ar_EG"_s, u"C"_s);
    const QString code = GENERATE(u"EUR"_s, u"JPY"_s, u"BHD"_s, u"CLF"_s);
    const qint64 minor = GENERATE(kMin, -123456789, -1, 0, 1, 12, 123, 1234, 12345, 123456, 1234567,
                                  kMax, take(20, random(kMin, kMax)));
    const QLocale locale(localeName);
    const Money original = money(minor, code);
    const QString text = original.toLocalizedString(locale);
    CAPTURE(localeName, code, minor, text);

    CHECK(Money::parseLocalized(text, original.currency(), locale) == original);
}

TEST_CASE("Money adds and subtracts within one currency", "[domain][money]")
{
    CHECK(money(1050, u"EUR").plus(money(250, u"EUR")) == money(1300, u"EUR"));
    CHECK(money(1050, u"EUR").minus(money(2000, u"EUR")) == money(-950, u"EUR"));
    CHECK(money(kMin, u"EUR").plus(money(kMax, u"EUR")) == money(-1, u"EUR"));
    CHECK(money(kMax, u"EUR").minus(money(kMax, u"EUR")) == money(0, u"EUR"));
}

TEST_CASE("Money refuses arithmetic across currencies", "[domain][money]")
{
    const Result<Money> sum = money(100, u"EUR").plus(money(100, u"USD"));
    REQUIRE_FALSE(sum);
    CHECK(sum.error().code == ErrorCode::InvalidArgument);
    CHECK(sum.error().detail == u"currency mismatch: cannot add USD to EUR"_s);

    const Result<Money> difference = money(100, u"JPY").minus(money(100, u"EUR"));
    REQUIRE_FALSE(difference);
    CHECK(difference.error().code == ErrorCode::InvalidArgument);
    CHECK(difference.error().detail == u"currency mismatch: cannot subtract EUR from JPY"_s);
}

TEST_CASE("Money refuses sums beyond qint64", "[domain][money]")
{
    const auto [a, b, subtract] = GENERATE(table<qint64, qint64, bool>({
        {kMax, 1, false},
        {kMin, -1, false},
        {kMin, 1, true},
        {kMax, -1, true},
        {0, kMin, true},
        {kMax, kMax, false},
    }));
    CAPTURE(a, b, subtract);

    const Money left = money(a, u"EUR");
    const Money right = money(b, u"EUR");
    const Result<Money> result = subtract ? left.minus(right) : left.plus(right);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(result.error().detail.startsWith(u"amount out of range: "_s));
}

TEST_CASE("roundedDivide rounds in each mode, negatives included", "[domain][money]")
{
    using enum RoundingMode;
    const auto [numerator, denominator, mode, expected] =
        GENERATE(table<qint64, qint64, RoundingMode, qint64>({
            // exact quotients are never rounded
            {6, 3, HalfUp, 2},
            {-6, 3, Up, -2},
            {0, 7, Up, 0},
            {0, -7, HalfEven, 0},
            // HalfUp: ties away from zero
            {5, 2, HalfUp, 3},
            {-5, 2, HalfUp, -3},
            {5, -2, HalfUp, -3},
            {-5, -2, HalfUp, 3},
            {1, 2, HalfUp, 1},
            {-1, 2, HalfUp, -1},
            {7, 3, HalfUp, 2},
            {8, 3, HalfUp, 3},
            {-7, 3, HalfUp, -2},
            {-8, 3, HalfUp, -3},
            {149, 100, HalfUp, 1},
            {150, 100, HalfUp, 2},
            // HalfEven: ties to the even neighbour
            {1, 2, HalfEven, 0},
            {3, 2, HalfEven, 2},
            {5, 2, HalfEven, 2},
            {7, 2, HalfEven, 4},
            {-1, 2, HalfEven, 0},
            {-3, 2, HalfEven, -2},
            {-5, 2, HalfEven, -2},
            {-7, 2, HalfEven, -4},
            {5, -2, HalfEven, -2},
            {-7, -2, HalfEven, 4},
            {25, 10, HalfEven, 2},
            {35, 10, HalfEven, 4},
            {251, 100, HalfEven, 3},
            {8, 3, HalfEven, 3},
            {-8, 3, HalfEven, -3},
            {7, 3, HalfEven, 2},
            // Down: towards zero
            {5, 2, Down, 2},
            {-5, 2, Down, -2},
            {5, -2, Down, -2},
            {-5, -2, Down, 2},
            {8, 3, Down, 2},
            {-8, 3, Down, -2},
            {999, 1000, Down, 0},
            {-999, 1000, Down, 0},
            // Up: away from zero
            {5, 2, Up, 3},
            {-5, 2, Up, -3},
            {5, -2, Up, -3},
            {-5, -2, Up, 3},
            {7, 3, Up, 3},
            {-7, 3, Up, -3},
            {1, 1000, Up, 1},
            {-1, 1000, Up, -1},
            // the ends of the range
            {kMax, 1, HalfUp, kMax},
            {kMin, 1, HalfUp, kMin},
            {kMin, kMin, Down, 1},
            {kMax, 2, Down, 4611686018427387903},
            {kMax, 2, HalfUp, 4611686018427387904},
            {kMax, 2, HalfEven, 4611686018427387904},
            {kMin, 2, Up, -4611686018427387904},
            {kMin, -2, Down, 4611686018427387904},
            {kMax, kMin, HalfUp, -1},
            {kMax, kMin, Down, 0},
            {kMin, kMax, Down, -1},
            {kMin, kMax, Up, -2},
            {kMin + 1, -1, HalfUp, kMax},
        }));
    CAPTURE(numerator, denominator, mode);

    CHECK(ardesk::roundedDivide(numerator, denominator, mode) == expected);
}

TEST_CASE("Money::multipliedByRatio keeps 128 bits until rounding", "[domain][money]")
{
    using enum RoundingMode;
    const auto [minor, numerator, denominator, mode, expected] =
        GENERATE(table<qint64, qint64, qint64, RoundingMode, qint64>({
            {100000, 1, 3, HalfUp, 33333},
            {100000, 2, 3, HalfUp, 66667},
            {-100000, 2, 3, HalfUp, -66667},
            {-100000, 2, 3, Down, -66666},
            {-100000, 2, 3, Up, -66667},
            {100000, 2, 3, Up, 66667},
            {100000, 1, 3, Up, 33334},
            {10000, 19, 100, HalfUp, 1900}, // 19 % VAT on 100.00
            {1999, 19, 100, HalfUp, 380},   // 3.7981
            {250, 1, 100, HalfUp, 3},       // 2.5
            {250, 1, 100, HalfEven, 2},     // 2.5
            {350, 1, 100, HalfEven, 4},     // 3.5
            {-250, 1, 100, HalfEven, -2},   // -2.5
            {-250, 1, 100, HalfUp, -3},     // -2.5
            {-250, -1, 100, HalfUp, 3},     // sign from the ratio
            {250, 1, -100, Down, -2},       // sign from the denominator
            {kMax, 3, 3, HalfUp, kMax},     // 3 × kMax overflows 64 bits
            {kMin, 7, 7, HalfUp, kMin},
            {kMin, kMin, kMin, Down, kMin},
            {kMax / 2, 2, 1, Down, kMax - 1},
            {4000000000000, 3000000000, 4000000000, HalfUp, 3000000000000},
        }));
    CAPTURE(minor, numerator, denominator, mode);

    const Money result = money(minor, u"BHD").multipliedByRatio(numerator, denominator, mode);
    CHECK(result == money(expected, u"BHD"));
}

TEST_CASE("Money::allocate splits into parts that add up exactly", "[domain][money]")
{
    const auto minorsOf = [](const QList<Money>& parts) {
        QList<qint64> minors;
        for (const Money& part : parts) {
            CHECK(part.currency() == currency(u"EUR"));
            minors.append(part.minor());
        }
        return minors;
    };

    CHECK(minorsOf(money(100, u"EUR").allocate(3)) == QList<qint64>{34, 33, 33});
    CHECK(minorsOf(money(-100, u"EUR").allocate(3)) == QList<qint64>{-34, -33, -33});
    CHECK(minorsOf(money(2, u"EUR").allocate(3)) == QList<qint64>{1, 1, 0});
    CHECK(minorsOf(money(-2, u"EUR").allocate(3)) == QList<qint64>{-1, -1, 0});
    CHECK(minorsOf(money(0, u"EUR").allocate(3)) == QList<qint64>{0, 0, 0});
    CHECK(minorsOf(money(1, u"EUR").allocate(5)) == QList<qint64>{1, 0, 0, 0, 0});
    CHECK(minorsOf(money(100, u"EUR").allocate(1)) == QList<qint64>{100});
    CHECK(minorsOf(money(kMin, u"EUR").allocate(2)) ==
          QList<qint64>{-4611686018427387904, -4611686018427387904});
    CHECK(minorsOf(money(kMax, u"EUR").allocate(2)) ==
          QList<qint64>{4611686018427387904, 4611686018427387903});
}

TEST_CASE("Money::allocate holds its contract over a range of amounts", "[domain][money]")
{
    const qint64 minor = GENERATE(range<qint64>(-250, 251), kMin, kMin + 1, kMax - 1, kMax,
                                  take(50, random(kMin, kMax)));
    const int parts = GENERATE(1, 2, 3, 4, 7, 12, 100);
    CAPTURE(minor, parts);

    const QList<Money> allocated = money(minor, u"JPY").allocate(parts);
    REQUIRE(allocated.size() == parts);

    qint64 sum = 0; // every partial sum lies between 0 and the amount: no overflow
    const qint64 first = allocated.front().minor();
    for (qsizetype i = 0; i < allocated.size(); ++i) {
        const qint64 part = allocated[i].minor();
        sum += part;
        CHECK(allocated[i].currency() == currency(u"JPY"));
        CHECK((minor >= 0 ? part >= 0 : part <= 0));
        // parts differ by at most one unit, and the larger ones come first
        const qint64 belowFirst = minor >= 0 ? first - part : part - first;
        CHECK((belowFirst == 0 || belowFirst == 1));
        if (i > 0) {
            const qint64 previous = allocated[i - 1].minor();
            CHECK((minor >= 0 ? part <= previous : part >= previous));
        }
    }
    CHECK(sum == minor);
}

TEST_CASE("Money basics", "[domain][money]")
{
    CHECK(money(0, u"EUR").isZero());
    CHECK_FALSE(money(1, u"EUR").isZero());
    CHECK(money(-1, u"EUR").isNegative());
    CHECK_FALSE(money(0, u"EUR").isNegative());
    CHECK(money(-1250, u"EUR").negated() == money(1250, u"EUR"));
    CHECK(money(100, u"EUR") != money(100, u"USD"));
    CHECK(money(100, u"EUR") != money(101, u"EUR"));
}
