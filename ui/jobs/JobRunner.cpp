#include "jobs/JobRunner.h"

#include <mutex>

#include <QList>
#include <QPointer>
#include <QThreadPool>

namespace ardesk {

namespace {

// Every pool a runner has used, for waitForAllJobs(); a pool destroyed meanwhile has waited for
// its own jobs.
std::mutex poolsMutex;
QList<QPointer<QThreadPool>> pools;

void remember(QThreadPool* pool)
{
    const std::scoped_lock lock(poolsMutex);
    for (const QPointer<QThreadPool>& known : std::as_const(pools)) {
        if (known == pool)
            return;
    }
    pools.append(pool);
}

} // namespace

JobControl::JobControl(quint64 id, std::shared_ptr<State> state)
    : m_id(id)
    , m_state(std::move(state))
{}

bool JobControl::progress(qint64 done, qint64 total) const
{
    callRunner(
        [id = m_id, done, total](JobRunner& runner) { runner.reportProgress(id, done, total); });
    return !shouldStop();
}

bool JobControl::isWanted() const
{
    const std::scoped_lock lock(m_state->mutex);
    return m_state->runner != nullptr;
}

void JobControl::callRunner(std::function<void(JobRunner&)> call) const
{
    const std::scoped_lock lock(m_state->mutex);
    JobRunner* runner = m_state->runner;
    if (!runner)
        return;
    QMetaObject::invokeMethod(
        runner, [runner, call = std::move(call)] { call(*runner); }, Qt::QueuedConnection);
}

JobRunner::JobRunner(QObject* parent, QThreadPool* pool)
    : QObject(parent)
    , m_pool(pool ? pool : QThreadPool::globalInstance())
{
    remember(m_pool);
}

void JobRunner::waitForAllJobs()
{
    QList<QPointer<QThreadPool>> used;
    {
        const std::scoped_lock lock(poolsMutex);
        used = pools;
    }
    for (const QPointer<QThreadPool>& pool : std::as_const(used)) {
        if (pool)
            pool->waitForDone();
    }
}

JobRunner::~JobRunner()
{
    // No signal from a destructor: the owner may be half gone.
    dropCurrent();
}

JobControl JobRunner::begin()
{
    dropCurrent();
    m_state = std::make_shared<JobControl::State>();
    m_state->runner = this;
    ++m_current;
    if (!m_running) {
        m_running = true;
        Q_EMIT runningChanged(true);
    }
    return JobControl(m_current, m_state);
}

void JobRunner::cancel()
{
    if (m_state)
        m_state->stop = true;
}

void JobRunner::discard()
{
    dropCurrent();
    if (m_running) {
        m_running = false;
        Q_EMIT runningChanged(false);
    }
}

void JobRunner::dropCurrent()
{
    if (!m_state)
        return;
    m_state->stop = true;
    {
        const std::scoped_lock lock(m_state->mutex);
        m_state->runner = nullptr;
    }
    m_state.reset();
    // The dropped job's answer carries the old id, which no longer matches.
    ++m_current;
}

bool JobRunner::end(quint64 id)
{
    if (id != m_current || !m_state)
        return false;
    m_state.reset();
    m_running = false;
    Q_EMIT runningChanged(false);
    return true;
}

void JobRunner::reportProgress(quint64 id, qint64 done, qint64 total)
{
    if (id == m_current && m_state)
        Q_EMIT progressed(done, total);
}

void JobRunner::post(std::function<void()> task)
{
    m_pool->start(std::move(task));
}

} // namespace ardesk
