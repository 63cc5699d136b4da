#include "charts/ForecastChart.h"

#include <algorithm>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include "charts/ChartStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ForecastChart::ForecastChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"forecastChartView"_s);
    setAccessibleName(tr("Cash-in forecast"));
    ChartStyle::apply(*this, tr("Cash-in Forecast"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ForecastChart::clear()
{
    ChartStyle::clear(*chart());
}

QStringList ForecastChart::periodLabels(const QList<ForecastRow>& rows, ForecastPeriod period)
{
    QList<QDate> starts;
    for (const ForecastRow& row : rows)
        starts.append(row.start);
    if (period == ForecastPeriod::Month)
        return ChartStyle::monthLabels(starts);
    const QLocale locale;
    QStringList labels;
    for (const QDate& start : std::as_const(starts))
        labels.append(ChartStyle::stacked(locale.toString(start, u"d MMM"_s)));
    return labels;
}

void ForecastChart::setForecast(const QList<ForecastRow>& rows, const CurrencyCode& currency,
                                ForecastPeriod period)
{
    clear();
    QList<ForecastRow> shown;
    for (const ForecastRow& row : rows) {
        if (row.currency == currency.code())
            shown.append(row);
    }
    // Chart geometry only: the figures themselves stay in minor units.
    const double perMajor = static_cast<double>(currency.minorPerMajor());
    auto major = [perMajor](qint64 minor) { return static_cast<double>(minor) / perMajor; };

    auto* expected = new QBarSet(tr("Expected"));
    expected->setColor(QColor(0x3a, 0x8f, 0x5c));
    expected->setBorderColor(expected->color().darker(120));
    // The band and the line put period i at x = i, where the category axis draws bar i.
    auto* low = new QLineSeries;
    auto* high = new QLineSeries;
    auto* contractual = new QLineSeries;
    contractual->setName(tr("Due by the terms"));
    double highest = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const ForecastRow& row = shown[i];
        const auto x = static_cast<double>(i);
        *expected << major(row.expectedMinor);
        low->append(x, major(row.lowMinor));
        high->append(x, major(row.highMinor));
        contractual->append(x, major(row.contractualMinor));
        highest = std::max(
            {highest, major(row.highMinor), major(row.expectedMinor), major(row.contractualMinor)});
    }

    auto* band = new QAreaSeries(high, low);
    band->setName(tr("Likely range (80%)"));
    QColor bandColor(0x3a, 0x8f, 0x5c);
    bandColor.setAlpha(60);
    band->setBrush(bandColor);
    band->setPen(Qt::NoPen);
    auto* bars = new QBarSeries;
    bars->append(expected);
    bars->setBarWidth(0.6);
    QPen linePen(QColor(0x1f, 0x6f, 0xb4));
    linePen.setWidth(2);
    linePen.setStyle(Qt::DashLine);
    contractual->setPen(linePen);
    contractual->setPointsVisible(true);

    chart()->addSeries(bars);
    chart()->addSeries(band);
    chart()->addSeries(contractual);

    QBarCategoryAxis* axisX = ChartStyle::categoryAxis(*chart(), periodLabels(shown, period));
    QValueAxis* axisY = ChartStyle::valueAxis(currency.code());
    chart()->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : chart()->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    axisY->setRange(0, std::max(highest, 1.0));
    axisY->applyNiceNumbers();
}

} // namespace ardesk
