#include "exports/KpiCsvExporter.h"

#include "csv/CsvWriter.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

CsvCell amount(qint64 minor, CurrencyCode currency)
{
    return CsvCell::value(Money(minor, currency).toPlainString());
}

} // namespace

QString KpiCsvExporter::formatRatio(const KpiRatio& ratio)
{
    if (!ratio)
        return QString();
    const qint64 value = ratio->value;
    // The magnitude as unsigned: negating the most negative qint64 would overflow.
    const quint64 magnitude =
        value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    const quint64 cents = magnitude % 100;
    return (value < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.' +
           (cents < 10 ? u"0"_s : QString()) + QString::number(cents);
}

bool KpiCsvExporter::write(const KpiReport& report, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"period_start"_s, u"period_end"_s, u"credit_sales"_s, u"begin_ar"_s,
                     u"end_ar"_s, u"current_ar"_s, u"dso"_s, u"dso_countback"_s, u"bpdso"_s,
                     u"add"_s, u"cei"_s});
    for (const KpiRow& row : report.rows) {
        writer.writeRow(QList<CsvCell>{
            CsvCell::value(IsoDate::format(row.periodStart)),
            CsvCell::value(IsoDate::format(row.periodEnd)),
            amount(row.creditSalesMinor, report.currency),
            amount(row.beginArMinor, report.currency), amount(row.endArMinor, report.currency),
            amount(row.currentArMinor, report.currency), CsvCell::value(formatRatio(row.dso)),
            CsvCell::value(formatRatio(row.dsoCountback)), CsvCell::value(formatRatio(row.bpdso)),
            CsvCell::value(formatRatio(row.add)), CsvCell::value(formatRatio(row.cei))});
    }
    return !writer.hasError();
}

} // namespace ardesk
