#pragma once

#include <QChartView>

namespace ardesk {

struct AgingTrend;

// The aging at each month end as stacked bars, current at the bottom, oldest on top: how the
// overdue part of receivables grows or shrinks.
class AgingTrendChart : public QChartView {
    Q_OBJECT

public:
    explicit AgingTrendChart(QWidget* parent = nullptr);

    void setTrend(const AgingTrend& trend);
    void clear();
};

} // namespace ardesk
