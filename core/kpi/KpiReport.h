#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QStringList>

#include "domain/AgingBuckets.h"
#include "domain/CurrencyCode.h"

namespace ardesk {

enum class KpiPeriod { Month, Quarter, Year, Whole };

struct KpiOptions {
    QDate from;
    QDate to;
    KpiPeriod period = KpiPeriod::Month;
};

// A ratio rounded half-up (ties away from zero) to two decimals, held exactly as hundredths:
// 5593 is 55.93. Charts may take toDouble(); the CSV prints the hundredths.
struct Hundredths {
    qint64 value = 0;

    double toDouble() const { return static_cast<double>(value) / 100.0; }
    friend bool operator==(const Hundredths&, const Hundredths&) = default;
};

// Empty when the ratio is undefined (credit sales 0, a CEI denominator 0, countback history
// exhausted).
using KpiRatio = std::optional<Hundredths>;

// One row of the KPI table: a calendar period clipped to the requested range.
struct KpiRow {
    QDate periodStart;
    QDate periodEnd;
    qint64 creditSalesMinor = 0; // invoices issued − credit notes dated in the period
    qint64 beginArMinor = 0;     // ar(periodStart − 1 day)
    qint64 endArMinor = 0;       // ar(periodEnd)
    qint64 currentArMinor = 0;   // current_ar(periodEnd): open items due on or after it
    KpiRatio dso;
    KpiRatio dsoCountback;
    KpiRatio bpdso;
    KpiRatio add;
    KpiRatio cei; // percent
};

struct KpiReport {
    CurrencyCode currency; // the ledger currency; every amount is in it
    QList<KpiRow> rows;    // in date order
    // Currencies of documents the KPIs leave out (sorted codes); callers warn when not empty.
    QStringList leftOutCurrencies;
};

// One month of the dashboard series: the month as a KPI period, evaluated at its last day.
struct KpiPoint {
    QDate month; // first day of the month
    qint64 creditSalesMinor = 0;
    qint64 arMinor = 0;        // ar(month end)
    qint64 currentArMinor = 0; // current_ar(month end)
    qint64 overdueMinor = 0;   // ar − current_ar
    KpiRatio dso;
    KpiRatio dsoCountback;
    KpiRatio bpdso;
    KpiRatio add;
    KpiRatio cei;
};

struct KpiSeries {
    CurrencyCode currency;
    QList<KpiPoint> points; // oldest month first
    QStringList leftOutCurrencies;
};

// The aging summary's bucket totals (due-date basis, open items only: unapplied credit is not
// in them) at one month end.
struct AgingTrendPoint {
    QDate monthEnd;
    QList<qint64> bucketsMinor; // one per AgingBuckets index
};

struct AgingTrend {
    CurrencyCode currency;
    AgingBuckets buckets;
    QList<AgingTrendPoint> points; // oldest month first
    QStringList leftOutCurrencies;
};

// The dashboard's two monthly charts over the same months.
struct MonthlyTrends {
    KpiSeries kpis;
    AgingTrend aging;
};

} // namespace ardesk
