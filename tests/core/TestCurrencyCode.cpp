#include <catch2/catch.hpp>

#include <QString>

#include "domain/CurrencyCode.h"

using namespace Qt::StringLiterals;
using ardesk::CurrencyCode;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

TEST_CASE("CurrencyCode knows the ISO 4217 minor digits", "[domain][currency]")
{
    const auto [code, minorDigits, minorPerMajor] = GENERATE(table<QString, int, qint64>({
        {u"EUR"_s, 2, 100},   {u"USD"_s, 2, 100},   {u"GBP"_s, 2, 100},  {u"CHF"_s, 2, 100},
        {u"JPY"_s, 0, 1},     {u"KRW"_s, 0, 1},     {u"ISK"_s, 0, 1},    {u"VND"_s, 0, 1},
        {u"CLP"_s, 0, 1},     {u"PYG"_s, 0, 1},     {u"UGX"_s, 0, 1},    {u"XAF"_s, 0, 1},
        {u"XOF"_s, 0, 1},     {u"XPF"_s, 0, 1},     {u"BIF"_s, 0, 1},    {u"DJF"_s, 0, 1},
        {u"GNF"_s, 0, 1},     {u"KMF"_s, 0, 1},     {u"RWF"_s, 0, 1},    {u"VUV"_s, 0, 1},
        {u"UYI"_s, 0, 1},     {u"BHD"_s, 3, 1000},  {u"IQD"_s, 3, 1000}, {u"JOD"_s, 3, 1000},
        {u"KWD"_s, 3, 1000},  {u"LYD"_s, 3, 1000},  {u"OMR"_s, 3, 1000}, {u"TND"_s, 3, 1000},
        {u"CLF"_s, 4, 10000}, {u"UYW"_s, 4, 10000}, {u"AED"_s, 2, 100},  {u"ZWG"_s, 2, 100},
        {u"SLE"_s, 2, 100},   {u"VED"_s, 2, 100},   {u"VES"_s, 2, 100},  {u"XCG"_s, 2, 100},
        {u"MRU"_s, 2, 100},   {u"STN"_s, 2, 100},   {u"MGA"_s, 2, 100},  {u"ZMW"_s, 2, 100},
    }));
    CAPTURE(code);

    const std::optional<CurrencyCode> currency = CurrencyCode::fromCode(code);
    REQUIRE(currency);
    CHECK(currency->code() == code);
    CHECK(currency->minorDigits() == minorDigits);
    CHECK(currency->minorPerMajor() == minorPerMajor);
}

TEST_CASE("CurrencyCode refuses anything but a current ISO 4217 code", "[domain][currency]")
{
    const QString code = GENERATE(
        // not ISO 4217, or not exactly three upper-case ASCII letters
        u""_s, u"E"_s, u"EU"_s, u"EURO"_s, u"ABC"_s, u"eur"_s, u"Eur"_s, u"EUr"_s, u" EUR"_s,
        u"EUR "_s, u"E1R"_s, u"€"_s, u"ＥＵＲ"_s, u"AAA"_s, u"ZZZ"_s,
        // withdrawn
        u"HRK"_s, u"BGN"_s, u"ANG"_s, u"SLL"_s, u"ZWL"_s, u"VEF"_s, u"MRO"_s, u"STD"_s, u"CUC"_s,
        u"DEM"_s, u"LTL"_s,
        // no minor unit: precious metals, units of account, testing and "no currency"
        u"XAU"_s, u"XAG"_s, u"XPD"_s, u"XPT"_s, u"XDR"_s, u"XBA"_s, u"XSU"_s, u"XUA"_s, u"XTS"_s,
        u"XXX"_s);
    CAPTURE(code);

    CHECK_FALSE(CurrencyCode::fromCode(code).has_value());
}

TEST_CASE("CurrencyCode reads from a longer string without copying", "[domain][currency]")
{
    const QString row = u"1234.50,EUR,2025-01-31"_s;
    const std::optional<CurrencyCode> currency =
        CurrencyCode::fromCode(QStringView(row).sliced(8, 3));
    REQUIRE(currency);
    CHECK(currency->code() == u"EUR"_s);
}

TEST_CASE("CurrencyCode compares by code", "[domain][currency]")
{
    CHECK(CurrencyCode::fromCode(u"EUR") == CurrencyCode::fromCode(u"EUR"));
    CHECK(CurrencyCode::fromCode(u"EUR") != CurrencyCode::fromCode(u"USD"));
}
