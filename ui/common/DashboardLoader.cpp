#include "common/DashboardLoader.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "services/AgingService.h"
#include "services/KpiService.h"
#include "services/LedgerInfoService.h"
#include "storage/Database.h"

namespace ardesk {

namespace {

Result<DashboardData> readDashboard(Database& database, QDate asOf)
{
    // The ledger's default buckets (Settings), as the Reports page starts with.
    const auto buckets = LedgerInfoService(database).agingBuckets();
    if (!buckets)
        return std::unexpected(buckets.error());
    AgingService aging(database);
    auto summary = aging.summary(AgingOptions{.asOf = asOf, .buckets = *buckets});
    if (!summary)
        return std::unexpected(summary.error());
    KpiService kpis(database);
    const QDate month = DashboardLoader::lastFullMonth(asOf);
    auto trends = kpis.monthlyTrends(month, DashboardLoader::trendMonths, summary->buckets);
    if (!trends)
        return std::unexpected(trends.error());
    return DashboardData{.asOf = asOf,
                         .aging = std::move(*summary),
                         .kpis = std::move(trends->kpis),
                         .agingTrend = std::move(trends->aging)};
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

} // namespace

DashboardLoader::DashboardLoader(QObject* parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
    , m_dashboardGeneration(std::make_shared<std::atomic<quint64>>(0))
    , m_bucketGeneration(std::make_shared<std::atomic<quint64>>(0))
    , m_reportGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    // A dashboard and a bucket list may run side by side; more threads would only compete
    // for the same disk.
    m_pool->setMaxThreadCount(2);
}

DashboardLoader::~DashboardLoader()
{
    ++*m_dashboardGeneration;
    ++*m_bucketGeneration;
    ++*m_reportGeneration;
    m_pool->waitForDone();
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
    ++*m_dashboardGeneration;
    ++*m_bucketGeneration;
    ++*m_reportGeneration;
    setPending(m_dashboardPending, false);
    setPending(m_bucketPending, false);
    setPending(m_reportPending, false);
}

void DashboardLoader::requestDashboard(QDate asOf)
{
    start<DashboardData>(
        m_dashboardGeneration, m_dashboardPending,
        [asOf](Database& database) { return readDashboard(database, asOf); },
        [this](const DashboardData& data) { Q_EMIT dashboardLoaded(data); });
}

void DashboardLoader::requestBucket(QDate asOf, int bucket)
{
    start<AgingBucketRows>(
        m_bucketGeneration, m_bucketPending,
        [asOf, bucket](Database& database) { return readBucket(database, asOf, bucket); },
        [this](const AgingBucketRows& rows) { Q_EMIT bucketLoaded(rows); });
}

void DashboardLoader::requestAgingReport(const AgingOptions& options, bool detail)
{
    start<AgingReportData>(
        m_reportGeneration, m_reportPending,
        [options, detail](Database& database) {
            return readAgingReport(database, options, detail);
        },
        [this](const AgingReportData& data) { Q_EMIT agingReportLoaded(data); });
}

template <typename T, typename Job, typename Deliver>
void DashboardLoader::start(const Generation& generation, bool& pending, Job job, Deliver deliver)
{
    if (m_path.isEmpty())
        return;
    const quint64 id = ++*generation;
    setPending(pending, true);

    // Empty when a newer request came before the job could start: nothing was read.
    using Outcome = std::optional<Result<T>>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, id, &pending, deliver] {
                watcher->deleteLater();
                if (generation->load() != id)
                    return;
                setPending(pending, false);
                const Outcome& outcome = watcher->future().result();
                if (!outcome)
                    return;
                if (*outcome)
                    deliver(**outcome);
                else
                    Q_EMIT failed(outcome->error());
            });
    watcher->setFuture(QtConcurrent::run(m_pool, [path = m_path, generation, id, job]() -> Outcome {
        if (generation->load() != id)
            return std::nullopt;
        auto database = Database::open(path);
        if (!database)
            return Result<T>(std::unexpected(database.error()));
        return Result<T>(job(**database));
    }));
}

void DashboardLoader::setPending(bool& pending, bool value)
{
    const bool wasLoading = isLoading();
    pending = value;
    if (isLoading() != wasLoading)
        Q_EMIT loadingChanged(isLoading());
}

} // namespace ardesk
