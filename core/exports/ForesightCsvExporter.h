#pragma once

#include <QIODevice>
#include <QList>

#include "foresight/ForesightReport.h"
#include "foresight/Prediction.h"

namespace ardesk {

// The foresight CSVs of the public contract (docs/contract.md, part 2, "Foresight"):
// predict, risk, forecast and backtest. Probabilities with 3 decimals, amounts with the
// currency's minor digits, reasons joined by ';'.
class ForesightCsvExporter {
public:
    // customer_id,document,due_date,open_amount,predicted_pay_date,p_late,basis[,reasons]
    static bool writePredictions(const QList<Prediction>& rows, bool withReasons,
                                 QIODevice* device);
    // customer_id,customer_name,score,grade,open_amount,expected_days_late,reasons
    static bool writeRisk(const QList<CustomerRisk>& rows, QIODevice* device);
    // period_start,period_end,currency,contractual,expected,low,high
    static bool writeForecast(const QList<ForecastRow>& rows, QIODevice* device);
    // metric,model,value
    static bool writeBacktest(const BacktestReport& report, QIODevice* device);

    // "0.700": a probability or a metric with `decimals` places, half away from zero.
    static QString decimal(double value, int decimals);
    static QString reasons(const QList<Reason>& reasons);
};

} // namespace ardesk
