#include "imports/DateOrder.h"

#include <array>

namespace ardesk {

namespace {
struct Names {
    DateOrder order;
    QStringView name;
    QStringView pattern;
};
const std::array<Names, 3> names{{
    {DateOrder::DayMonthYear, u"dmy", u"D/M/Y"},
    {DateOrder::MonthDayYear, u"mdy", u"M/D/Y"},
    {DateOrder::YearMonthDay, u"ymd", u"Y/M/D"},
}};
} // namespace

std::optional<DateOrder> dateOrderFromName(QStringView name)
{
    for (const Names& entry : names) {
        if (entry.name == name)
            return entry.order;
    }
    return std::nullopt;
}

QString dateOrderName(DateOrder order)
{
    for (const Names& entry : names) {
        if (entry.order == order)
            return entry.name.toString();
    }
    return {};
}

QString dateOrderPattern(DateOrder order)
{
    for (const Names& entry : names) {
        if (entry.order == order)
            return entry.pattern.toString();
    }
    return {};
}

} // namespace ardesk
