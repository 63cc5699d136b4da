#include "charts/KpiTrendChart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include "charts/ChartStyle.h"
#include "kpi/KpiReport.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

struct Extent {
    double lowest = 0;
    double highest = 0;
};

// The points of one ratio, x = month index (QBarCategoryAxis puts category i at x = i), and
// the range of values seen together with 0.
Extent fill(QLineSeries& line, const KpiSeries& series, KpiRatio KpiPoint::*ratio)
{
    Extent extent;
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        if (const KpiRatio& value = series.points[i].*ratio) {
            line.append(static_cast<double>(i), value->toDouble());
            extent.lowest = std::min(extent.lowest, value->toDouble());
            extent.highest = std::max(extent.highest, value->toDouble());
        }
    }
    return extent;
}

} // namespace

KpiTrendChart::KpiTrendChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"kpiTrendChartView"_s);
    setAccessibleName(tr("DSO and CEI by month"));
    ChartStyle::apply(*this, tr("DSO and CEI by Month"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void KpiTrendChart::clear()
{
    ChartStyle::clear(*chart());
}

void KpiTrendChart::setSeries(const KpiSeries& series)
{
    clear();
    auto* dso = new QLineSeries;
    dso->setName(tr("DSO (days)"));
    auto* cei = new QLineSeries;
    cei->setName(tr("CEI (%)"));
    const Extent dsoExtent = fill(*dso, series, &KpiPoint::dso);
    const Extent ceiExtent = fill(*cei, series, &KpiPoint::cei);
    // Colours of the two axes' labels match their lines, so the reader knows which is which.
    const QColor dsoColor(0x1f, 0x6f, 0xb4);
    const QColor ceiColor(0xc0, 0x5a, 0x00);
    for (auto [line, color] : {std::pair{dso, dsoColor}, std::pair{cei, ceiColor}}) {
        QPen pen(color);
        pen.setWidth(3);
        line->setPen(pen);
        line->setPointsVisible(true);
        chart()->addSeries(line);
    }

    QList<QDate> months;
    for (const KpiPoint& point : series.points)
        months.append(point.month);
    QBarCategoryAxis* axisX = ChartStyle::categoryAxis(*chart(), ChartStyle::monthLabels(months));
    dso->attachAxis(axisX);
    cei->attachAxis(axisX);

    QValueAxis* dsoAxis = ChartStyle::valueAxis(tr("Days"));
    dsoAxis->setLabelsColor(dsoColor);
    dsoAxis->setTitleBrush(dsoColor);
    chart()->addAxis(dsoAxis, Qt::AlignLeft);
    dso->attachAxis(dsoAxis);
    dsoAxis->setRange(dsoExtent.lowest, std::max(dsoExtent.highest, 10.0));
    dsoAxis->applyNiceNumbers();

    QValueAxis* ceiAxis = ChartStyle::valueAxis(tr("Percent"));
    ceiAxis->setLabelsColor(ceiColor);
    ceiAxis->setTitleBrush(ceiColor);
    // CEI is usually within 0–100; keep that scale unless a month falls outside it (more
    // collected than was due, or negative when receivables grew past new sales).
    ceiAxis->setRange(ceiExtent.lowest, std::max(ceiExtent.highest, 100.0));
    ceiAxis->applyNiceNumbers();
    chart()->addAxis(ceiAxis, Qt::AlignRight);
    cei->attachAxis(ceiAxis);
}

} // namespace ardesk
