#include <catch2/catch.hpp>

#include <QDate>
#include <QString>

#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;
namespace IsoDate = ardesk::IsoDate;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(QDate value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

TEST_CASE("IsoDate parses real calendar dates", "[domain][date]")
{
    const auto [text, expected] = GENERATE(table<QString, QDate>({
        {u"2025-01-31"_s, QDate(2025, 1, 31)},
        {u"2024-02-29"_s, QDate(2024, 2, 29)}, // leap year
        {u"2000-02-29"_s, QDate(2000, 2, 29)}, // divisible by 400
        {u"2025-12-31"_s, QDate(2025, 12, 31)},
        {u"2025-04-30"_s, QDate(2025, 4, 30)},
        {u"0001-01-01"_s, QDate(1, 1, 1)},
        {u"9999-12-31"_s, QDate(9999, 12, 31)},
    }));
    CAPTURE(text);

    const std::optional<QDate> date = IsoDate::parse(text);
    REQUIRE(date);
    CHECK(*date == expected);
    CHECK(IsoDate::format(*date) == text);
}

TEST_CASE("IsoDate refuses anything but strict YYYY-MM-DD", "[domain][date]")
{
    const QString text = GENERATE(
        // impossible dates
        u"2023-02-29"_s, u"1900-02-29"_s, u"2025-02-30"_s, u"2025-04-31"_s, u"2025-13-01"_s,
        u"2025-00-10"_s, u"2025-01-00"_s, u"2025-01-32"_s, u"0000-01-01"_s,
        // wrong shape
        u""_s, u"2025-1-01"_s, u"2025-01-1"_s, u"25-01-01"_s, u"02025-01-01"_s, u"20250101"_s,
        u"2025/01/01"_s, u"2025.01.01"_s, u"01.01.2025"_s, u"2025-01-01T00:00"_s, u"2025-01-01Z"_s,
        u" 2025-01-01"_s, u"2025-01-01 "_s, u"2025-01- 1"_s, u"+025-01-01"_s, u"-025-01-01"_s,
        u"2025-0a-01"_s, u"2025--1-01"_s, u"2025-01-+1"_s,
        // digits of other scripts (QChar::isDigit() takes these)
        u"٢٠٢٥-٠١-٠١"_s, u"２０２５-01-01"_s);
    CAPTURE(text);

    CHECK_FALSE(IsoDate::parse(text).has_value());
}

TEST_CASE("IsoDate reads a field out of a larger buffer", "[domain][date]")
{
    const QString row = u"INV-1,2025-03-15,100.00"_s;
    const std::optional<QDate> date = IsoDate::parse(QStringView(row).sliced(6, 10));
    REQUIRE(date);
    CHECK(*date == QDate(2025, 3, 15));
}

TEST_CASE("IsoDate formats with a zero-padded four-digit year", "[domain][date]")
{
    CHECK(IsoDate::format(QDate(2025, 3, 5)) == u"2025-03-05"_s);
    CHECK(IsoDate::format(QDate(987, 6, 7)) == u"0987-06-07"_s);
    CHECK(IsoDate::format(QDate(1, 1, 1)) == u"0001-01-01"_s);
}

TEST_CASE("IsoDate gives an empty string for dates it cannot write", "[domain][date]")
{
    CHECK(IsoDate::format(QDate()).isEmpty());
    CHECK(IsoDate::format(QDate(-1, 1, 1)).isEmpty());
    CHECK(IsoDate::format(QDate(10000, 1, 1)).isEmpty());
}

TEST_CASE("IsoDate round-trips every day of a leap and a common year", "[domain][date]")
{
    const int year = GENERATE(2023, 2024);
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
        const QString text = IsoDate::format(day);
        REQUIRE(text == day.toString(Qt::ISODate));
        REQUIRE(IsoDate::parse(text).value_or(QDate()) == day);
    }
}
