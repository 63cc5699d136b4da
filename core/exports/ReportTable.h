#pragma once

#include <functional>
#include <variant>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "domain/Money.h"

namespace ardesk {

// What a column holds, so that each writer can present it: CSV formats every kind as the
// public contract says (amounts with the currency's minor digits, ISO dates), XLSX writes
// numbers and dates as such with a number format.
enum class ReportColumnKind { Text, Money, Date, Integer };

struct ReportColumn {
    QString name;
    ReportColumnKind kind = ReportColumnKind::Text;
};

// One cell: empty, text, an amount in its currency (a column may mix currencies, like the
// aging summary's TOTAL rows), a date or a whole number.
using ReportCell = std::variant<std::monostate, QString, Money, QDate, qint64>;

struct ReportRow {
    QList<ReportCell> cells; // one per column
    bool isTotal = false;    // a TOTAL row: bold in a workbook
};

// Receives a table's rows in order; an error stops the table.
using ReportRowSink = std::function<Result<void>(const ReportRow&)>;

// One report's layout, shared by every output format: its columns and a source that streams
// its rows (so that a million open items never sit in memory as a whole).
struct ReportTable {
    QString title; // the worksheet's name: at most 31 characters, none of []:*?/\ .
    QList<ReportColumn> columns;
    // Calls the sink with every row, totals last; returns the first error of either side.
    std::function<Result<void>(const ReportRowSink&)> rows;
};

} // namespace ardesk
