#include "jobs/JobRunner.h"

#include <mutex>

#include <QList>
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

JobControl::JobControl(QPointer<QObject> runner, quint64 id, std::shared_ptr<State> state)
    : m_runner(std::move(runner))
    , m_id(id)
    , m_state(std::move(state))
{}

bool JobControl::progress(qint64 done, qint64 total) const
{
    if (m_runner) {
        QMetaObject::invokeMethod(
            m_runner.data(),
            [runner = m_runner, id = m_id, done, total] {
                if (auto* owner = qobject_cast<JobRunner*>(runner.data()))
                    owner->reportProgress(id, done, total);
            },
            Qt::QueuedConnection);
    }
    return !shouldStop();
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
    ++m_current;
    if (!m_running) {
        m_running = true;
        Q_EMIT runningChanged(true);
    }
    return JobControl(QPointer<QObject>(this), m_current, m_state);
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
    m_state->dropped = true;
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
