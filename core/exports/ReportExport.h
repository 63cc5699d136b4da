#pragma once

#include <optional>

#include <QString>

#include "exports/ReportTable.h"

namespace ardesk {

enum class ReportFormat { Csv, Xlsx };

// Writes a ReportTable to a file in either format, atomically: the file is replaced only once
// it is complete, and a failure (unwritable folder, full disk, a table too long for a sheet)
// leaves an existing file as it was and returns an Io or InvalidInput error naming the file.
class ReportExport {
public:
    static Result<void> write(const ReportTable& table, const QString& path, ReportFormat format);

    // "csv" or "xlsx" (the CLI's --format), else nullopt.
    static std::optional<ReportFormat> formatFromName(const QString& name);
    // By the file's suffix: .xlsx is a workbook, anything else CSV.
    static ReportFormat formatForPath(const QString& path);
};

} // namespace ardesk
