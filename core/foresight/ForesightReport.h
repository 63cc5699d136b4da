#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "foresight/Prediction.h"

namespace ardesk {

// A customer's risk as of a date: 0 (safe) to 100, graded A (under 20) to E (80 and over).
struct CustomerRisk {
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString currency;
    int score = 0;
    QChar grade;
    qint64 openMinor = 0;
    // The open amount at risk: each open item's amount times its chance of being paid late,
    // summed exactly and rounded half-up once. What a collector ranks customers by.
    qint64 atRiskMinor = 0;
    int expectedDaysLate = 0; // over its open items, weighted by their open amounts
    PredictionBasis basis = PredictionBasis::None;
    QList<Reason> reasons; // the strongest, at most three
};

QChar riskGrade(int score);

// Every open item's prediction and every customer's risk as of one date.
struct ForesightOverview {
    QList<Prediction> predictions;
    QList<CustomerRisk> risks;
};

enum class ForecastPeriod { Week, Month };

// Expected receipts of one period in one currency. `expected` adds each open item's amount
// times the probability that it is paid in the period; low and high bound 80% of the outcomes.
struct ForecastRow {
    QDate start;
    QDate end;
    QString currency;
    qint64 contractualMinor = 0;
    qint64 expectedMinor = 0;
    qint64 lowMinor = 0;
    qint64 highMinor = 0;
};

struct BacktestFigure {
    QString metric;
    QString model;
    std::optional<double> value; // none when no item was there to measure
};

// One item of a backtest as the ARDesk model saw it at the split.
struct BacktestPrediction {
    qint64 invoiceId = 0;
    QDate payDate;
    double pLate = 0;
};

struct BacktestReport {
    QList<BacktestFigure> figures;
    int items = 0;                         // predicted
    int settled = 0;                       // paid by --until
    QList<BacktestPrediction> predictions; // filled on request, by invoice id
};

} // namespace ardesk
