#include "jobs/DashboardLoader.h"

#include <thread>

#include <QThreadPool>

#include "aging/AgingService.h"
#include "foresight/ForesightService.h"
#include "jobs/JobRunner.h"
#include "kpi/KpiService.h"
#include "ledger/LedgerInfoService.h"
#include "storage/Database.h"

namespace ardesk {

namespace {

// The dashboard's two reads. Each scans the whole ledger, and neither needs the other, so they
// run side by side on two connections: the page waits for the longer one, not for both.
Result<AgingSummary> readAgingTotals(Database& database, QDate asOf)
{
    // The ledger's default buckets (Settings), as the Reports page starts with.
    const auto buckets = LedgerInfoService(database).agingBuckets();
    if (!buckets)
        return std::unexpected(buckets.error());
    return AgingService(database).totals(AgingOptions{.asOf = asOf, .buckets = *buckets});
}

Result<MonthlyTrends> readTrends(Database& database, QDate asOf)
{
    const auto buckets = LedgerInfoService(database).agingBuckets();
    if (!buckets)
        return std::unexpected(buckets.error());
    return KpiService(database).monthlyTrends(DashboardLoader::lastFullMonth(asOf),
                                              DashboardLoader::trendMonths, *buckets);
}

// Both reads of the dashboard, the trends on a thread of their own: they run side by side on
// two connections, and the page waits for the longer one, not for both. A thread rather than a
// pool task, so that the job never waits for a pool that superseded jobs may have filled.
Result<DashboardData> readDashboard(const QString& path, QDate asOf)
{
    std::optional<Result<MonthlyTrends>> trends;
    std::thread trendsReader([&trends, path, asOf] {
        auto database = Database::open(path);
        trends = database ? readTrends(**database, asOf)
                          : Result<MonthlyTrends>(std::unexpected(database.error()));
    });
    auto database = Database::open(path);
    const Result<AgingSummary> aging =
        database ? readAgingTotals(**database, asOf)
                 : Result<AgingSummary>(std::unexpected(database.error()));
    // One small indexed read, on the aging's connection.
    const Result<QList<BankLineTotal>> receipts =
        database ? BankLineService(**database).openTotals()
                 : Result<QList<BankLineTotal>>(std::unexpected(database.error()));
    trendsReader.join();
    if (!aging)
        return std::unexpected(aging.error());
    if (!*trends)
        return std::unexpected(trends->error());
    if (!receipts)
        return std::unexpected(receipts.error());
    return DashboardData{.asOf = asOf,
                         .aging = *aging,
                         .kpis = std::move((*trends)->kpis),
                         .agingTrend = std::move((*trends)->aging),
                         .receipts = *receipts};
}

Result<ForecastData> readForecast(Database& database, QDate asOf, ForecastPeriod period)
{
    const auto currency = LedgerInfoService(database).currency();
    if (!currency)
        return std::unexpected(currency.error());
    auto rows =
        ForesightService(database).forecast(asOf, period, DashboardLoader::forecastPeriods(period));
    if (!rows)
        return std::unexpected(rows.error());
    return ForecastData{.asOf = asOf, .period = period, .currency = *currency, .rows = *rows};
}

Result<AgingBucketRows> readBucket(Database& database, QDate asOf, int bucket)
{
    // The bars show the ledger currency only, so the list does too.
    const auto currency = LedgerInfoService(database).currency();
    if (!currency)
        return std::unexpected(currency.error());
    // The same buckets as the dashboard's chart, whose bar `bucket` indexes.
    const auto buckets = LedgerInfoService(database).agingBuckets();
    if (!buckets)
        return std::unexpected(buckets.error());
    auto detail = AgingService(database).detail(AgingOptions{.asOf = asOf, .buckets = *buckets});
    if (!detail)
        return std::unexpected(detail.error());
    AgingBucketRows result{.asOf = asOf, .bucket = bucket, .buckets = detail->buckets, .rows = {}};
    for (const AgingDetailRow& row : std::as_const(detail->rows)) {
        if (row.bucket == bucket && row.currency == *currency)
            result.rows.append(row);
    }
    return result;
}

Result<AgingReportData> readAgingReport(Database& database, const AgingOptions& options,
                                        bool detail)
{
    AgingService aging(database);
    if (detail) {
        auto rows = aging.detail(options);
        if (!rows)
            return std::unexpected(rows.error());
        return AgingReportData{.options = options, .report = std::move(*rows)};
    }
    auto summary = aging.summary(options);
    if (!summary)
        return std::unexpected(summary.error());
    return AgingReportData{.options = options, .report = std::move(*summary)};
}

// The threads of the ledger's reads, shared by every loader. It outlives them, so that no
// loader waits for a read it no longer wants (the pool waits for its tasks at exit). The
// dashboard, and a bucket list or report asked for meanwhile: more threads would only compete
// for the same disk.
QThreadPool* readPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(3);
        return created;
    }();
    return pool;
}

} // namespace

DashboardLoader::DashboardLoader(QObject* parent)
    : QObject(parent)
    , m_dashboardJobs(new JobRunner(this, readPool()))
    , m_forecastJobs(new JobRunner(this, readPool()))
    , m_bucketJobs(new JobRunner(this, readPool()))
    , m_reportJobs(new JobRunner(this, readPool()))
{
    for (JobRunner* jobs : {m_dashboardJobs, m_forecastJobs, m_bucketJobs, m_reportJobs})
        connect(jobs, &JobRunner::runningChanged, this, &DashboardLoader::updateLoading);
}

QDate DashboardLoader::lastFullMonth(QDate asOf)
{
    if (asOf.day() == asOf.daysInMonth())
        return asOf;
    return QDate(asOf.year(), asOf.month(), 1).addDays(-1);
}

void DashboardLoader::setLedgerPath(const QString& path)
{
    m_path = path;
    for (JobRunner* jobs : {m_dashboardJobs, m_forecastJobs, m_bucketJobs, m_reportJobs})
        jobs->discard();
}

bool DashboardLoader::isLoading() const
{
    return m_dashboardJobs->isRunning() || m_forecastJobs->isRunning() ||
           m_bucketJobs->isRunning() || m_reportJobs->isRunning();
}

void DashboardLoader::requestDashboard(QDate asOf)
{
    if (m_path.isEmpty())
        return;
    run(
        m_dashboardJobs,
        [path = m_path, asOf](const JobControl&) { return readDashboard(path, asOf); },
        [this](const DashboardData& data) { Q_EMIT dashboardLoaded(data); });
}

int DashboardLoader::forecastPeriods(ForecastPeriod period)
{
    return period == ForecastPeriod::Week ? 12 : 6;
}

void DashboardLoader::requestForecast(QDate asOf, ForecastPeriod period)
{
    if (m_path.isEmpty())
        return;
    run(
        m_forecastJobs,
        [path = m_path, asOf, period](const JobControl&) -> Result<ForecastData> {
            auto database = Database::open(path);
            if (!database)
                return std::unexpected(database.error());
            return readForecast(**database, asOf, period);
        },
        [this](const ForecastData& data) { Q_EMIT forecastLoaded(data); });
}

void DashboardLoader::requestBucket(QDate asOf, int bucket)
{
    if (m_path.isEmpty())
        return;
    run(
        m_bucketJobs,
        [path = m_path, asOf, bucket](const JobControl&) -> Result<AgingBucketRows> {
            auto database = Database::open(path);
            if (!database)
                return std::unexpected(database.error());
            return readBucket(**database, asOf, bucket);
        },
        [this](const AgingBucketRows& rows) { Q_EMIT bucketLoaded(rows); });
}

void DashboardLoader::requestAgingReport(const AgingOptions& options, bool detail)
{
    if (m_path.isEmpty())
        return;
    run(
        m_reportJobs,
        [path = m_path, options, detail](const JobControl&) -> Result<AgingReportData> {
            auto database = Database::open(path);
            if (!database)
                return std::unexpected(database.error());
            return readAgingReport(**database, options, detail);
        },
        [this](const AgingReportData& data) { Q_EMIT agingReportLoaded(data); });
}

template <typename Job, typename Deliver>
void DashboardLoader::run(JobRunner* jobs, Job job, Deliver deliver)
{
    jobs->start(std::move(job), [this, deliver](const auto& outcome) {
        if (outcome)
            deliver(*outcome);
        else
            Q_EMIT failed(outcome.error());
    });
}

void DashboardLoader::updateLoading()
{
    if (isLoading() == m_loading)
        return;
    m_loading = isLoading();
    Q_EMIT loadingChanged(m_loading);
}

} // namespace ardesk
