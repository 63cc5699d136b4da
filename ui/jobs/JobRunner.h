#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

#include <QMetaObject>
#include <QObject>

class QThreadPool;

namespace ardesk {

class JobRunner;

// What a job sees of its runner from the worker thread: whether it should stop, and a way to
// say how far it has come.
class JobControl {
public:
    // True once the job was cancelled, superseded by a newer one, or its runner is gone.
    bool shouldStop() const { return m_state->stop.load(); }
    // Reports progress to the runner's thread (JobRunner::progressed, dropped there if the job is
    // no longer the current one) and answers whether to go on: !shouldStop(). Callable from any
    // thread, as often as the job likes; each call queues one event, so call it every few
    // thousand rows rather than every row.
    bool progress(qint64 done, qint64 total) const;

private:
    friend class JobRunner;
    struct State {
        std::atomic_bool stop = false; // the job should end early
        // The runner that wants the job's answer; nullptr once it dropped the job (superseded,
        // discarded, or the runner destroyed). Guarded, because the runner may be destroyed on
        // its thread while the job queues a call to it on another.
        std::mutex mutex;
        JobRunner* runner = nullptr;
    };
    JobControl(quint64 id, std::shared_ptr<State> state);

    // Whether the runner still wants the job's answer.
    bool isWanted() const;
    // Queues `call` on the runner's thread, unless the runner dropped the job. Holding the lock
    // while queueing keeps the runner alive until the call is queued; once queued, Qt discards
    // the call if the runner is destroyed before it runs.
    void callRunner(std::function<void(JobRunner&)> call) const;

    quint64 m_id = 0;
    std::shared_ptr<State> m_state;
};

// Runs the GUI's long work (reading a report, importing, exporting, sending reminders, backing
// up) on a worker thread and hands the result back on the runner's thread. One job counts at a
// time: starting another supersedes the one running, which is asked to stop and whose result
// is dropped, so an answer never replaces a newer one. Cancel asks the job to stop but still
// delivers what it returns (a cancelled import reports the rows it did not import).
//
// The runner never waits for a job: when it is destroyed the job is asked to stop and its
// result goes nowhere. So a job owns what it uses (a copy of its inputs, its own database
// connection opened on the ledger path, since a connection belongs to its thread) and refers to
// no widget.
class JobRunner : public QObject {
    Q_OBJECT

public:
    // `pool` runs the jobs; nullptr for Qt's global pool.
    explicit JobRunner(QObject* parent = nullptr, QThreadPool* pool = nullptr);
    ~JobRunner() override;

    // Runs `job(const JobControl&)` on the pool, then `deliver(value)` on this thread, unless
    // another job was started or the job discarded meanwhile.
    template <typename Job, typename Deliver>
    void start(Job job, Deliver deliver);

    // Asks the current job to stop; its result is still delivered.
    void cancel();
    // Asks the current job to stop and drops its result (the ledger it reads was closed).
    void discard();
    bool isRunning() const { return m_running; }

    // At the program's end only, once the runners are gone: waits for every job of every
    // runner, so that none is still using the database driver while the application object
    // goes away. Never while the user works: runners do not wait.
    static void waitForAllJobs();

    // Declared in main() after the application and before the windows, so destroyed after the
    // windows (whose runners then have told their jobs to stop) and before the application.
    struct WaitAtExit {
        WaitAtExit() = default;
        WaitAtExit(const WaitAtExit&) = delete;
        WaitAtExit& operator=(const WaitAtExit&) = delete;
        ~WaitAtExit() { waitForAllJobs(); }
    };

Q_SIGNALS:
    // From JobControl::progress of the current job.
    void progressed(qint64 done, qint64 total);
    void runningChanged(bool running);

private:
    friend class JobControl;

    JobControl begin();
    // Marks the current job stopped and its answer unwanted.
    void dropCurrent();
    // Whether `id` is still the current job; if so, it is over.
    bool end(quint64 id);
    void reportProgress(quint64 id, qint64 done, qint64 total);
    void post(std::function<void()> task);

    QThreadPool* m_pool;
    quint64 m_current = 0;
    std::shared_ptr<JobControl::State> m_state;
    bool m_running = false;
};

template <typename Job, typename Deliver>
void JobRunner::start(Job job, Deliver deliver)
{
    using Value = std::invoke_result_t<Job&, const JobControl&>;
    const JobControl control = begin();
    // Shared, so that the task stays copyable whatever the job and its result hold.
    auto state = std::make_shared<std::pair<Job, Deliver>>(std::move(job), std::move(deliver));
    post([control, state] {
        // Superseded before it could start: no one is waiting for it.
        if (!control.isWanted())
            return;
        auto value = std::make_shared<Value>(state->first(control));
        control.callRunner([id = control.m_id, state, value](JobRunner& runner) {
            if (runner.end(id))
                state->second(std::move(*value));
        });
    });
}

} // namespace ardesk
