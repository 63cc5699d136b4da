#include "exports/ReportExport.h"

#include <QFileInfo>
#include <QSaveFile>

#include "exports/CsvTableWriter.h"
#include "exports/XlsxTableWriter.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<void> ReportExport::write(const ReportTable& table, const QString& path, ReportFormat format)
{
    if (format == ReportFormat::Xlsx)
        return XlsxTableWriter::write(table, path);
    // QSaveFile writes to a temporary file and renames it over `path` on commit.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, path + u": "_s + file.errorString());
    if (auto written = CsvTableWriter::write(table, &file); !written) {
        file.cancelWriting();
        return fail(written.error().code, path + u": "_s + written.error().detail);
    }
    if (!file.commit())
        return fail(ErrorCode::Io, path + u": "_s + file.errorString());
    return {};
}

std::optional<ReportFormat> ReportExport::formatFromName(const QString& name)
{
    if (name == u"csv"_s)
        return ReportFormat::Csv;
    if (name == u"xlsx"_s)
        return ReportFormat::Xlsx;
    return std::nullopt;
}

ReportFormat ReportExport::formatForPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0
               ? ReportFormat::Xlsx
               : ReportFormat::Csv;
}

} // namespace ardesk
