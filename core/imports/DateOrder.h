#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace ardesk {

// The order of day, month and year in another tool's dates ("29/3/2019" is D/M/Y).
enum class DateOrder { DayMonthYear, MonthDayYear, YearMonthDay };

// "dmy", "mdy", "ymd" (the CLI's --date-order).
std::optional<DateOrder> dateOrderFromName(QStringView name);
QString dateOrderName(DateOrder order);
// "D/M/Y", "M/D/Y", "Y/M/D": how messages show the order.
QString dateOrderPattern(DateOrder order);

} // namespace ardesk
