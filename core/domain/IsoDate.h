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

} // namespace ardesk::IsoDate
