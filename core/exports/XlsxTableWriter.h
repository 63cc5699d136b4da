#pragma once

#include <QString>

#include "exports/ReportTable.h"

namespace ardesk {

// A ReportTable as an Excel workbook (libxlsxwriter) of one worksheet: a bold header row that
// stays frozen while scrolling, with an autofilter; amounts as numbers with their currency's
// minor digits ("#,##0.00", "#,##0" for JPY), dates as real dates shown yyyy-mm-dd, whole
// numbers as numbers, bold TOTAL rows, and columns as wide as their content.
//
// The file appears atomically: the workbook is written to a temporary file next to `path`
// and renamed over it, so a failed export leaves an existing file as it was. A sheet holds at
// most 1,048,576 rows: a longer table fails with InvalidInput (CSV has no such limit).
class XlsxTableWriter {
public:
    static constexpr qint64 maxRows = 1048576;

    static Result<void> write(const ReportTable& table, const QString& path);
};

} // namespace ardesk
