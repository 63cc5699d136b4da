#include "io/AgingCsvExporter.h"

#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "io/CsvWriter.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

CsvCell amount(qint64 minor, CurrencyCode currency)
{
    return CsvCell::value(Money(minor, currency).toPlainString());
}

void appendSummaryRow(CsvWriter& writer, const AgingSummaryRow& row, const QString& firstCell)
{
    QList<CsvCell> cells{CsvCell::text(firstCell), CsvCell::text(row.customerName),
                         CsvCell::value(row.currency.code())};
    for (qint64 bucket : row.bucketsMinor)
        cells.append(amount(bucket, row.currency));
    cells.append(amount(row.unappliedMinor, row.currency));
    cells.append(amount(row.totalMinor, row.currency));
    writer.writeRow(cells);
}

} // namespace

bool AgingCsvExporter::writeSummary(const AgingSummary& summary, QIODevice* device)
{
    CsvWriter writer(device);
    QStringList header{u"customer_id"_s, u"customer_name"_s, u"currency"_s};
    for (int i = 0; i < summary.buckets.count(); ++i)
        header.append(summary.buckets.label(i));
    header << u"unapplied"_s << u"total"_s;
    writer.writeRow(header);
    for (const AgingSummaryRow& row : summary.customers)
        appendSummaryRow(writer, row, row.customerCode);
    for (const AgingSummaryRow& row : summary.totals)
        appendSummaryRow(writer, row, u"TOTAL"_s);
    return !writer.hasError();
}

bool AgingCsvExporter::writeDetail(const AgingDetail& detail, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"customer_id"_s, u"customer_name"_s, u"currency"_s, u"document"_s,
                     u"issue_date"_s, u"due_date"_s, u"age_days"_s, u"bucket"_s, u"open_amount"_s});
    for (const AgingDetailRow& row : detail.rows) {
        const bool unapplied = row.bucket == AgingDetailRow::unappliedBucket;
        writer.writeRow(QList<CsvCell>{
            CsvCell::text(row.customerCode), CsvCell::text(row.customerName),
            CsvCell::value(row.currency.code()), CsvCell::text(row.document),
            CsvCell::value(IsoDate::format(row.issueDate)),
            CsvCell::value(unapplied ? QString() : IsoDate::format(row.dueDate)),
            CsvCell::value(row.ageDays ? QString::number(*row.ageDays) : QString()),
            CsvCell::value(unapplied ? u"unapplied"_s : detail.buckets.label(row.bucket)),
            amount(row.openMinor, row.currency)});
    }
    return !writer.hasError();
}

} // namespace ardesk
