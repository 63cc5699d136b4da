#pragma once

#include <QChartView>
#include <QList>

#include "domain/CurrencyCode.h"
#include "foresight/ForesightReport.h"

namespace ardesk {

// The cash to expect per week or month in one currency: bars for the expected receipts, a band
// for the range that holds 80% of the outcomes, and a line for what the due dates promise.
class ForecastChart : public QChartView {
    Q_OBJECT

public:
    explicit ForecastChart(QWidget* parent = nullptr);

    // The rows of `currency` in `rows`, in period order; the others are left out.
    void setForecast(const QList<ForecastRow>& rows, const CurrencyCode& currency,
                     ForecastPeriod period);
    void clear();

    // Labels of the periods: "7 Dec" for weeks (the first day), months as the other charts
    // write them.
    static QStringList periodLabels(const QList<ForecastRow>& rows, ForecastPeriod period);
};

} // namespace ardesk
