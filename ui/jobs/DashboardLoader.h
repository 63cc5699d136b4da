#pragma once

#include <variant>

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include "aging/AgingReport.h"
#include "cashapp/BankLineService.h"
#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "foresight/ForesightReport.h"
#include "kpi/KpiReport.h"

namespace ardesk {

class JobRunner;

// Everything the dashboard shows for one as-of date.
struct DashboardData {
    QDate asOf;
    AgingSummary aging;    // as of asOf, the ledger's default buckets, every currency
    KpiSeries kpis;        // the 12 months up to the last full month; its currency is the ledger's
    AgingTrend agingTrend; // the month ends of the same months
    // The bank lines still to apply now, per currency (whatever the as-of date: the queue of
    // the Bank page).
    QList<BankLineTotal> receipts;
};

// The open items of one aging bucket as of a date, in the ledger currency.
struct AgingBucketRows {
    QDate asOf;
    int bucket = 0;
    AgingBuckets buckets;
    QList<AgingDetailRow> rows;
};

// The cash-in forecast from the day after `asOf`, in the ledger currency (the one the chart
// shows) and every other currency with something open.
struct ForecastData {
    QDate asOf;
    ForecastPeriod period = ForecastPeriod::Week;
    CurrencyCode currency;
    QList<ForecastRow> rows;
};

// An aging report as the Reports page asked for it: the summary or the detail for `options`.
struct AgingReportData {
    AgingOptions options;
    std::variant<AgingSummary, AgingDetail> report;

    bool isDetail() const { return std::holds_alternative<AgingDetail>(report); }
};

// Reads the dashboard (and the Reports page's aging) off the GUI thread, one JobRunner per kind
// of request. A connection belongs to the thread that opened it, so each job opens its own
// Database on the ledger path (SQLite in WAL mode lets it read while the GUI's connection is
// open). Only the latest request of each kind is answered: a job that was superseded before it
// started does nothing, and a result that arrives after a newer request is dropped.
class DashboardLoader : public QObject {
    Q_OBJECT

public:
    static constexpr int trendMonths = 12;
    // How far the dashboard's forecast looks ahead, by period.
    static int forecastPeriods(ForecastPeriod period);

    explicit DashboardLoader(QObject* parent = nullptr);

    // The ledger to read; empty for none. Requests in flight are dropped.
    void setLedgerPath(const QString& path);
    void requestDashboard(QDate asOf);
    // Predicts every open item, which takes longer than the other figures: it has a request
    // of its own, so that they do not wait for it.
    void requestForecast(QDate asOf, ForecastPeriod period);
    void requestBucket(QDate asOf, int bucket);
    void requestAgingReport(const AgingOptions& options, bool detail);
    // Whether a requested result has not arrived yet.
    bool isLoading() const;

    // The month the KPI tiles show: the month of `asOf` if it is the month's last day, else the
    // month before. Returned as that month's last day.
    static QDate lastFullMonth(QDate asOf);

Q_SIGNALS:
    void dashboardLoaded(const ardesk::DashboardData& data);
    void forecastLoaded(const ardesk::ForecastData& data);
    void bucketLoaded(const ardesk::AgingBucketRows& rows);
    void agingReportLoaded(const ardesk::AgingReportData& data);
    void failed(const ardesk::Error& error);
    void loadingChanged(bool loading);

private:
    // Starts `job` on `jobs`; its value goes to `deliver`, its error to failed().
    template <typename Job, typename Deliver>
    void run(JobRunner* jobs, Job job, Deliver deliver);
    void updateLoading();

    JobRunner* m_dashboardJobs;
    JobRunner* m_forecastJobs;
    JobRunner* m_bucketJobs;
    JobRunner* m_reportJobs;
    QString m_path;
    bool m_loading = false;
};

} // namespace ardesk
