#pragma once

#include <QChartView>

namespace ardesk {

struct KpiSeries;

// DSO (days, left axis) and CEI (percent, right axis) by month as two lines. Months where a
// ratio is undefined (no credit sales, nothing to collect) have no point.
class KpiTrendChart : public QChartView {
    Q_OBJECT

public:
    explicit KpiTrendChart(QWidget* parent = nullptr);

    void setSeries(const KpiSeries& series);
    void clear();
};

} // namespace ardesk
