// JobRunner: the GUI's one way to run long work off its thread. Only the latest job is
// answered, cancel still answers, discard never does, and a runner that is gone hears nothing.
// Jobs block on semaphores instead of sleeping, and a pool of one thread orders them, so that
// each "never arrives" check can fail.

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <optional>

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include "jobs/JobRunner.h"

using ardesk::JobControl;
using ardesk::JobRunner;

namespace {

constexpr int timeoutMs = 10'000;

// One worker thread: jobs run one after the other, in the order they were started.
struct SerialPool {
    QThreadPool pool;
    SerialPool() { pool.setMaxThreadCount(1); }
    ~SerialPool() { pool.waitForDone(); }
};

} // namespace

TEST_CASE("JobRunner runs the job off the GUI thread and delivers on it", "[ui][jobs]")
{
    JobRunner runner;
    QSignalSpy running(&runner, &JobRunner::runningChanged);
    std::optional<int> delivered;
    QThread* jobThread = nullptr;
    QThread* deliveryThread = nullptr;
    runner.start(
        [&jobThread](const JobControl&) {
            jobThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            deliveryThread = QThread::currentThread();
            delivered = value;
        });
    CHECK(runner.isRunning());
    REQUIRE(QTest::qWaitFor([&] { return delivered.has_value(); }, timeoutMs));
    CHECK(*delivered == 42);
    CHECK(jobThread != QThread::currentThread());
    CHECK(deliveryThread == QThread::currentThread());
    CHECK_FALSE(runner.isRunning());
    REQUIRE(running.size() == 2);
    CHECK(running.at(0).at(0).toBool());
    CHECK_FALSE(running.at(1).at(0).toBool());
}

TEST_CASE("A newer job supersedes the running one: the older answer is dropped", "[ui][jobs]")
{
    SerialPool serial;
    JobRunner runner(nullptr, &serial.pool);
    QSemaphore started;
    QSemaphore release;
    std::atomic_bool firstSawStop = false;
    QStringList delivered;
    runner.start(
        [&](const JobControl& control) {
            started.release();
            release.acquire();
            firstSawStop = control.shouldStop();
            return QStringLiteral("first");
        },
        [&](const QString& value) { delivered.append(value); });
    started.acquire();
    runner.start([](const JobControl&) { return QStringLiteral("second"); },
                 [&](const QString& value) { delivered.append(value); });
    release.release();
    // The first job's answer is queued before the second's: once the second is in, the first
    // would have been too.
    REQUIRE(QTest::qWaitFor([&] { return !delivered.isEmpty(); }, timeoutMs));
    CHECK(delivered == QStringList{QStringLiteral("second")});
    CHECK(firstSawStop);
}

TEST_CASE("A job superseded before it started never runs", "[ui][jobs]")
{
    SerialPool serial;
    JobRunner runner(nullptr, &serial.pool);
    JobRunner blocker(nullptr, &serial.pool);
    QSemaphore release;
    std::atomic_bool middleRan = false;
    std::optional<int> delivered;
    blocker.start(
        [&release](const JobControl&) {
            release.acquire();
            return 0;
        },
        [](int) {});
    runner.start(
        [&middleRan](const JobControl&) {
            middleRan = true;
            return 1;
        },
        [&delivered](int value) { delivered = value; });
    runner.start([](const JobControl&) { return 2; },
                 [&delivered](int value) { delivered = value; });
    release.release();
    REQUIRE(QTest::qWaitFor([&] { return delivered.has_value(); }, timeoutMs));
    CHECK(*delivered == 2);
    CHECK_FALSE(middleRan);
}

TEST_CASE("Cancel stops the job and still delivers what it returns", "[ui][jobs]")
{
    JobRunner runner;
    QSemaphore started;
    std::optional<QString> delivered;
    runner.start(
        [&started](const JobControl& control) {
            started.release();
            int steps = 0;
            while (control.progress(++steps, 0)) {
                if (steps > 100'000'000)
                    return QStringLiteral("ran to the end");
                QThread::yieldCurrentThread();
            }
            return QStringLiteral("stopped");
        },
        [&delivered](const QString& value) { delivered = value; });
    started.acquire();
    runner.cancel();
    REQUIRE(QTest::qWaitFor([&] { return delivered.has_value(); }, timeoutMs));
    CHECK(*delivered == QStringLiteral("stopped"));
}

TEST_CASE("Discard drops the answer and ends the running state at once", "[ui][jobs]")
{
    SerialPool serial;
    JobRunner runner(nullptr, &serial.pool);
    QSignalSpy running(&runner, &JobRunner::runningChanged);
    QSignalSpy progressed(&runner, &JobRunner::progressed);
    QSemaphore started;
    QSemaphore release;
    std::atomic_bool discardedSeen = false;
    bool delivered = false;
    runner.start(
        [&](const JobControl& control) {
            started.release();
            release.acquire();
            discardedSeen = control.shouldStop();
            control.progress(1, 2);
            return 1;
        },
        [&delivered](int) { delivered = true; });
    started.acquire();
    runner.discard();
    CHECK_FALSE(runner.isRunning());
    REQUIRE(running.size() == 2);
    release.release();
    // A later job on the same thread: its answer comes after anything the first one queued.
    std::optional<int> next;
    runner.start([](const JobControl&) { return 7; }, [&next](int value) { next = value; });
    REQUIRE(QTest::qWaitFor([&] { return next.has_value(); }, timeoutMs));
    CHECK_FALSE(delivered);
    CHECK(discardedSeen);
    CHECK(progressed.isEmpty());
}

TEST_CASE("Progress of the current job reaches the runner's thread", "[ui][jobs]")
{
    JobRunner runner;
    QSignalSpy progressed(&runner, &JobRunner::progressed);
    bool delivered = false;
    runner.start(
        [](const JobControl& control) {
            for (int done = 1; done <= 3; ++done)
                control.progress(done, 3);
            return 0;
        },
        [&delivered](int) { delivered = true; });
    REQUIRE(QTest::qWaitFor([&] { return delivered; }, timeoutMs));
    REQUIRE(progressed.size() == 3);
    CHECK(progressed.at(2).at(0).toLongLong() == 3);
    CHECK(progressed.at(2).at(1).toLongLong() == 3);
}

TEST_CASE("A runner destroyed while its job runs tells the job to stop and hears nothing",
          "[ui][jobs]")
{
    SerialPool serial;
    QSemaphore release;
    auto stopSeen = std::make_shared<std::atomic_bool>(false);
    bool delivered = false;
    QSemaphore started;
    {
        JobRunner runner(nullptr, &serial.pool);
        runner.start(
            [&started, &release, stopSeen](const JobControl& control) {
                started.release();
                release.acquire();
                *stopSeen = control.shouldStop();
                control.progress(1, 1);
                return 1;
            },
            [&delivered](int) { delivered = true; });
        started.acquire();
    }
    release.release();
    serial.pool.waitForDone();
    QCoreApplication::processEvents();
    CHECK(*stopSeen);
    CHECK_FALSE(delivered);
}

TEST_CASE("Runners destroyed while their jobs report back are never touched by them", "[ui][jobs]")
{
    // The race the runner's lock closes: a job queues its progress and answer to the runner just
    // as the runner is destroyed on its thread. Many short runs, each runner gone at once; a
    // call queued to a destroyed runner would write into freed memory.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    std::atomic_int finished = 0;
    bool delivered = false;
    constexpr int runs = 400;
    for (int run = 0; run < runs; ++run) {
        auto runner = std::make_unique<JobRunner>(nullptr, &pool);
        runner->start(
            [&finished](const JobControl& control) {
                for (int step = 0; step < 20; ++step)
                    control.progress(step, 20);
                ++finished;
                return 1;
            },
            [&delivered](int) { delivered = true; });
        if (run % 2 == 0)
            QThread::yieldCurrentThread();
        runner.reset();
    }
    pool.waitForDone();
    QCoreApplication::processEvents();
    CHECK(finished.load() <= runs);
    CHECK_FALSE(delivered);
}
