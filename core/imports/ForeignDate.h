#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

#include "imports/DateOrder.h"

namespace ardesk {

// Dates as other tools write them: three numbers separated by '/', '-' or '.', day and month
// with one or two digits, the year always with four ("29/3/2019", "03/29/2019", "2019-3-29").
// Two-digit years are refused everywhere, QuickBooks included: "1/2/03" could be 1903 or 2003,
// and an invoice in the wrong century ages by a hundred years without anyone noticing.
//
// Which of day and month comes first is not in the file. observe() every date of a file, then
// detected() says: a four-digit first number means Y/M/D; a first number above 12 means
// D/M/Y, a second above 12 M/D/Y; the first such date decides (a later date that contradicts
// it then fails to parse, at its own line). When no date decides, the order is ambiguous and
// the user must choose it.
class ForeignDate {
public:
    void observe(QStringView text);
    // The order the observed dates show; nullopt when none decides.
    std::optional<DateOrder> detected() const { return m_detected; }
    // A date that fits more than one order, for the message asking the user to choose; empty
    // when no date was observed.
    QString ambiguousExample() const { return m_example; }

    static std::optional<QDate> parse(QStringView text, DateOrder order);
    // What parse() expects, for a message: "a date as D/M/Y, like 29/3/2019".
    static QString expectation(DateOrder order);

private:
    std::optional<DateOrder> m_detected;
    QString m_example;
};

} // namespace ardesk
