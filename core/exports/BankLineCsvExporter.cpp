#include "exports/BankLineCsvExporter.h"

#include "csv/CsvWriter.h"
#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

void writeHeader(CsvWriter& writer)
{
    writer.writeRow({u"line_id"_s, u"account"_s, u"booking_date"_s, u"value_date"_s, u"amount"_s,
                     u"currency"_s, u"counterparty"_s, u"counterparty_account"_s, u"reference"_s,
                     u"status"_s});
}

// Text from the bank (names, references, accounts) is neutralised like any text of a file
// from outside; ids, dates and amounts are ours.
void writeLine(CsvWriter& writer, const BankLine& line, const QString& status)
{
    writer.writeRow(QList<CsvCell>{
        CsvCell::value(line.id.isValid() ? QString::number(line.id.value) : QString()),
        CsvCell::text(line.account), CsvCell::value(IsoDate::format(line.bookingDate)),
        CsvCell::value(IsoDate::format(line.valueDate)),
        CsvCell::value(line.amount.toPlainString()), CsvCell::value(line.amount.currency().code()),
        CsvCell::text(line.counterparty), CsvCell::text(line.counterpartyAccount),
        CsvCell::text(line.reference), CsvCell::value(status)});
}

} // namespace

bool BankLineCsvExporter::writeImport(const BankImportReport& report, QIODevice* device)
{
    CsvWriter writer(device);
    writeHeader(writer);
    for (const BankImportRow& row : report.rows)
        writeLine(writer, row.line, row.duplicate ? u"duplicate"_s : u"new"_s);
    return !writer.hasError();
}

bool BankLineCsvExporter::writeLines(const QList<BankLine>& lines, QIODevice* device)
{
    CsvWriter writer(device);
    writeHeader(writer);
    for (const BankLine& line : lines)
        writeLine(writer, line, bankLineStatusName(line.status));
    return !writer.hasError();
}

} // namespace ardesk
