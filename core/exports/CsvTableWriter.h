#pragma once

#include <QIODevice>

#include "exports/ReportTable.h"

namespace ardesk {

// A ReportTable as the CSV of the public contract: a header row of the column names, text
// neutralised against formula injection (CsvWriter), amounts with the currency's minor digits
// and no separators, ISO dates, empty cells for empty values.
class CsvTableWriter {
public:
    static Result<void> write(const ReportTable& table, QIODevice* device);
};

} // namespace ardesk
