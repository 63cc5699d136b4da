#include "exports/CsvTableWriter.h"

#include "csv/CsvWriter.h"
#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Only ledger text can start with a formula character; the values we format ourselves never
// are neutralised, so that "-20.00" stays a number.
CsvCell csvCell(const ReportCell& cell)
{
    struct Visitor {
        CsvCell operator()(std::monostate) const { return CsvCell::value(QString()); }
        CsvCell operator()(const QString& text) const { return CsvCell::text(text); }
        CsvCell operator()(const Money& money) const
        {
            return CsvCell::value(money.toPlainString());
        }
        CsvCell operator()(QDate date) const { return CsvCell::value(IsoDate::format(date)); }
        CsvCell operator()(qint64 number) const { return CsvCell::value(QString::number(number)); }
    };
    return std::visit(Visitor{}, cell);
}

Result<void> writeFailed(QIODevice* device)
{
    return fail(ErrorCode::Io, u"cannot write the CSV: "_s + device->errorString());
}

} // namespace

Result<void> CsvTableWriter::write(const ReportTable& table, QIODevice* device)
{
    CsvWriter writer(device);
    QStringList header;
    header.reserve(table.columns.size());
    for (const ReportColumn& column : table.columns)
        header.append(column.name);
    writer.writeRow(header);
    QList<CsvCell> cells;
    const auto result = table.rows([&](const ReportRow& row) -> Result<void> {
        cells.clear();
        for (const ReportCell& cell : row.cells)
            cells.append(csvCell(cell));
        writer.writeRow(cells);
        if (writer.hasError())
            return writeFailed(device);
        return {};
    });
    if (!result)
        return result;
    if (writer.hasError())
        return writeFailed(device);
    return {};
}

} // namespace ardesk
