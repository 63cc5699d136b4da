#include "exports/AgingCsvExporter.h"

#include "exports/CsvTableWriter.h"
#include "exports/ReportTables.h"

namespace ardesk {

bool AgingCsvExporter::writeSummary(const AgingSummary& summary, QIODevice* device)
{
    return CsvTableWriter::write(ReportTables::agingSummary(summary), device).has_value();
}

bool AgingCsvExporter::writeDetail(const AgingDetail& detail, QIODevice* device)
{
    return CsvTableWriter::write(ReportTables::agingDetail(detail), device).has_value();
}

} // namespace ardesk
