#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

namespace ardesk::IsoDate {

// Strict "YYYY-MM-DD" (four-digit year, two-digit month and day, a real calendar date);
// anything else, including surrounding spaces, gives nullopt.
std::optional<QDate> parse(QStringView text);

// "YYYY-MM-DD"; the form dates take in the ledger, CSV files and the CLI.
QString format(QDate date);

// Whether `date` has that form: a valid date from 0001-01-01 to 9999-12-31, the dates a ledger
// holds.
bool writable(QDate date);

} // namespace ardesk::IsoDate
