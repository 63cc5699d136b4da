#include "imports/ForeignDate.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

struct Parts {
    std::array<int, 3> numbers{};
    std::array<qsizetype, 3> digits{};
};

// Three runs of at most four digits split by one kind of separator; nullopt for anything else.
std::optional<Parts> split(QStringView text)
{
    Parts parts;
    QChar separator;
    int index = 0;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i].isDigit() && text[i].unicode() < 0x80)
            continue;
        if (i < text.size()) {
            const QChar c = text[i];
            if (c != u'/' && c != u'-' && c != u'.')
                return std::nullopt;
            if (separator.isNull())
                separator = c;
            else if (c != separator)
                return std::nullopt;
        }
        const qsizetype length = i - runStart;
        if (index == 3 || length == 0 || length > 4)
            return std::nullopt;
        parts.digits[index] = length;
        parts.numbers[index] = text.sliced(runStart, length).toInt();
        ++index;
        runStart = i + 1;
    }
    if (index != 3)
        return std::nullopt;
    return parts;
}

} // namespace

void ForeignDate::observe(QStringView text)
{
    if (m_detected)
        return;
    const auto parts = split(text);
    if (!parts)
        return; // a bad date: parse() reports it at its line
    if (parts->digits[0] == 4) {
        m_detected = DateOrder::YearMonthDay;
    } else if (parts->numbers[0] > 12) {
        m_detected = DateOrder::DayMonthYear;
    } else if (parts->numbers[1] > 12) {
        m_detected = DateOrder::MonthDayYear;
    } else if (m_example.isEmpty() && parts->numbers[0] != parts->numbers[1]) {
        m_example = text.toString();
    }
}

std::optional<QDate> ForeignDate::parse(QStringView text, DateOrder order)
{
    const auto parts = split(text);
    if (!parts)
        return std::nullopt;
    int yearAt = 2;
    int monthAt = 1;
    int dayAt = 0;
    if (order == DateOrder::MonthDayYear) {
        monthAt = 0;
        dayAt = 1;
    } else if (order == DateOrder::YearMonthDay) {
        yearAt = 0;
        monthAt = 1;
        dayAt = 2;
    }
    if (parts->digits[yearAt] != 4 || parts->digits[monthAt] > 2 || parts->digits[dayAt] > 2)
        return std::nullopt;
    const QDate date(parts->numbers[yearAt], parts->numbers[monthAt], parts->numbers[dayAt]);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

QString ForeignDate::expectation(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return u"a date as D/M/Y, like 29/3/2019"_s;
    case DateOrder::MonthDayYear:
        return u"a date as M/D/Y, like 3/29/2019"_s;
    case DateOrder::YearMonthDay:
        return u"a date as Y/M/D, like 2019-03-29"_s;
    }
    return {};
}

} // namespace ardesk
