#include "exports/BankMatchCsvExporter.h"

#include "csv/CsvWriter.h"
#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

bool BankMatchCsvExporter::write(const QList<BankMatch>& matches, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"line_id"_s, u"booking_date"_s, u"amount"_s, u"currency"_s, u"customer_id"_s,
                     u"documents"_s, u"score"_s, u"rule"_s, u"action"_s, u"explanation"_s});
    for (const BankMatch& match : matches) {
        writer.writeRow(QList<CsvCell>{
            CsvCell::value(QString::number(match.line.id.value)),
            CsvCell::value(IsoDate::format(match.line.bookingDate)),
            CsvCell::value(match.line.amount.toPlainString()),
            CsvCell::value(match.line.amount.currency().code()), CsvCell::text(match.customerCode),
            CsvCell::text(match.documents.join(u';')), CsvCell::value(QString::number(match.score)),
            CsvCell::value(matchRuleName(match.rule)), CsvCell::value(match.action()),
            CsvCell::text(match.explanation())});
    }
    return !writer.hasError();
}

} // namespace ardesk
