#include "charts/AgingTrendChart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "charts/ChartStyle.h"
#include "kpi/KpiReport.h"
#include "text/AgingLabels.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AgingTrendChart::AgingTrendChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"agingTrendChartView"_s);
    setAccessibleName(tr("Aging by month end"));
    ChartStyle::apply(*this, tr("Aging by Month End"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void AgingTrendChart::clear()
{
    ChartStyle::clear(*chart());
}

void AgingTrendChart::setTrend(const AgingTrend& trend)
{
    clear();
    const int count = trend.buckets.count();
    const double perMajor = static_cast<double>(trend.currency.minorPerMajor());
    QList<QDate> months;
    QList<double> stackHeights(trend.points.size(), 0.0);
    auto* series = new QStackedBarSeries;
    for (int bucket = 0; bucket < count; ++bucket) {
        auto* set = new QBarSet(AgingLabels::bucket(trend.buckets, bucket));
        set->setColor(ChartStyle::bucketColor(bucket, count));
        set->setBorderColor(set->color().darker(120));
        for (qsizetype i = 0; i < trend.points.size(); ++i) {
            // Chart geometry only.
            const double value =
                static_cast<double>(trend.points[i].bucketsMinor.value(bucket)) / perMajor;
            *set << value;
            stackHeights[i] += std::max(value, 0.0);
        }
        series->append(set);
    }
    for (const AgingTrendPoint& point : trend.points)
        months.append(QDate(point.monthEnd.year(), point.monthEnd.month(), 1));
    series->setBarWidth(0.7);
    chart()->addSeries(series);

    QBarCategoryAxis* axisX = ChartStyle::categoryAxis(*chart(), ChartStyle::monthLabels(months));
    series->attachAxis(axisX);
    QValueAxis* axisY = ChartStyle::valueAxis(trend.currency.code());
    chart()->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    const double highest =
        stackHeights.isEmpty() ? 0.0 : *std::max_element(stackHeights.begin(), stackHeights.end());
    axisY->setRange(0, std::max(highest, 1.0));
    axisY->applyNiceNumbers();
}

} // namespace ardesk
