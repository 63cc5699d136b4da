#include "exports/ForesightCsvExporter.h"

#include <cmath>

#include <QStringList>

#include "csv/CsvWriter.h"
#include "domain/CurrencyCode.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

CsvCell amount(qint64 minor, const QString& currency)
{
    const auto code = CurrencyCode::fromCode(currency);
    return CsvCell::value(code ? Money(minor, *code).toPlainString() : QString::number(minor));
}

CsvCell date(QDate value)
{
    return CsvCell::value(IsoDate::format(value));
}

} // namespace

QString ForesightCsvExporter::decimal(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    // No "-0.000" for a value that rounds to zero.
    return QString::number(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

QString ForesightCsvExporter::reasons(const QList<Reason>& reasons)
{
    QStringList words;
    for (const Reason& reason : reasons)
        words.append(reasonText(reason));
    return words.join(u';');
}

bool ForesightCsvExporter::writePredictions(const QList<Prediction>& rows, bool withReasons,
                                            QIODevice* device)
{
    CsvWriter writer(device);
    QStringList header{u"customer_id"_s,        u"document"_s, u"due_date"_s, u"open_amount"_s,
                       u"predicted_pay_date"_s, u"p_late"_s,   u"basis"_s};
    if (withReasons)
        header.append(u"reasons"_s);
    writer.writeRow(header);
    for (const Prediction& row : rows) {
        QList<CsvCell> cells{CsvCell::text(row.customerCode),
                             CsvCell::text(row.document),
                             date(row.dueDate),
                             amount(row.openMinor, row.currency),
                             date(row.payDate),
                             CsvCell::value(decimal(row.pLate, 3)),
                             CsvCell::value(predictionBasisName(row.basis))};
        if (withReasons)
            cells.append(CsvCell::value(reasons(row.reasons)));
        writer.writeRow(cells);
    }
    return !writer.hasError();
}

bool ForesightCsvExporter::writeRisk(const QList<CustomerRisk>& rows, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"customer_id"_s, u"customer_name"_s, u"score"_s, u"grade"_s, u"open_amount"_s,
                     u"expected_days_late"_s, u"reasons"_s});
    for (const CustomerRisk& row : rows) {
        writer.writeRow(
            QList<CsvCell>{CsvCell::text(row.customerCode), CsvCell::text(row.customerName),
                           CsvCell::value(QString::number(row.score)),
                           CsvCell::value(QString(row.grade)), amount(row.openMinor, row.currency),
                           CsvCell::value(QString::number(row.expectedDaysLate)),
                           CsvCell::value(reasons(row.reasons))});
    }
    return !writer.hasError();
}

bool ForesightCsvExporter::writeForecast(const QList<ForecastRow>& rows, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"period_start"_s, u"period_end"_s, u"currency"_s, u"contractual"_s,
                     u"expected"_s, u"low"_s, u"high"_s});
    for (const ForecastRow& row : rows) {
        writer.writeRow(QList<CsvCell>{
            date(row.start), date(row.end), CsvCell::value(row.currency),
            amount(row.contractualMinor, row.currency), amount(row.expectedMinor, row.currency),
            amount(row.lowMinor, row.currency), amount(row.highMinor, row.currency)});
    }
    return !writer.hasError();
}

bool ForesightCsvExporter::writeBacktest(const BacktestReport& report, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"metric"_s, u"model"_s, u"value"_s});
    for (const BacktestFigure& figure : report.figures) {
        const int decimals = figure.metric == u"mae_days"_s ? 2 : 3;
        writer.writeRow(QList<CsvCell>{
            CsvCell::value(figure.metric), CsvCell::value(figure.model),
            CsvCell::value(figure.value ? decimal(*figure.value, decimals) : QString())});
    }
    return !writer.hasError();
}

} // namespace ardesk
