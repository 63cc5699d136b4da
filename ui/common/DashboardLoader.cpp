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
    // The dashboard's two parts, and a bucket list or report asked for meanwhile; more threads
    // would only compete for the same disk.
    m_pool->setMaxThreadCount(3);
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
    if (m_path.isEmpty())
        return;
    const quint64 id = begin(m_dashboardGeneration, m_dashboardPending);
    // Filled on the GUI thread as the two parts arrive; the page gets them together.
    struct Parts {
        std::optional<AgingSummary> aging;
        std::optional<MonthlyTrends> trends;
    };
    auto parts = std::make_shared<Parts>();
    const auto deliverIfComplete = [this, parts, asOf] {
        if (!parts->aging || !parts->trends)
            return;
        setPending(m_dashboardPending, false);
        Q_EMIT dashboardLoaded(DashboardData{.asOf = asOf,
                                             .aging = std::move(*parts->aging),
                                             .kpis = std::move(parts->trends->kpis),
                                             .agingTrend = std::move(parts->trends->aging)});
    };
    run<AgingSummary>(
        m_dashboardGeneration, id, m_dashboardPending,
        [asOf](Database& database) { return readAgingTotals(database, asOf); },
        [parts, deliverIfComplete](AgingSummary aging) {
            parts->aging = std::move(aging);
            deliverIfComplete();
        });
    run<MonthlyTrends>(
        m_dashboardGeneration, id, m_dashboardPending,
        [asOf](Database& database) { return readTrends(database, asOf); },
        [parts, deliverIfComplete](MonthlyTrends trends) {
            parts->trends = std::move(trends);
            deliverIfComplete();
        });
}

void DashboardLoader::requestBucket(QDate asOf, int bucket)
{
    if (m_path.isEmpty())
        return;
    const quint64 id = begin(m_bucketGeneration, m_bucketPending);
    run<AgingBucketRows>(
        m_bucketGeneration, id, m_bucketPending,
        [asOf, bucket](Database& database) { return readBucket(database, asOf, bucket); },
        [this](AgingBucketRows rows) {
            setPending(m_bucketPending, false);
            Q_EMIT bucketLoaded(rows);
        });
}

void DashboardLoader::requestAgingReport(const AgingOptions& options, bool detail)
{
    if (m_path.isEmpty())
        return;
    const quint64 id = begin(m_reportGeneration, m_reportPending);
    run<AgingReportData>(
        m_reportGeneration, id, m_reportPending,
        [options, detail](Database& database) {
            return readAgingReport(database, options, detail);
        },
        [this](AgingReportData data) {
            setPending(m_reportPending, false);
            Q_EMIT agingReportLoaded(data);
        });
}

quint64 DashboardLoader::begin(const Generation& generation, bool& pending)
{
    const quint64 id = ++*generation;
    setPending(pending, true);
    return id;
}

// A failure ends the request: the generation moves on, so the other part of a dashboard that
// is still running is dropped when it arrives, and the page hears of one error only.
template <typename T, typename Job, typename Deliver>
void DashboardLoader::run(const Generation& generation, quint64 id, bool& pending, Job job,
                          Deliver deliver)
{
    // Empty when a newer request came before the job could start: nothing was read.
    using Outcome = std::optional<Result<T>>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, id, &pending, deliver] {
                watcher->deleteLater();
                if (generation->load() != id)
                    return;
                Outcome outcome = watcher->future().takeResult();
                if (!outcome)
                    return;
                if (*outcome) {
                    deliver(std::move(**outcome));
                    return;
                }
                ++*generation;
                setPending(pending, false);
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
