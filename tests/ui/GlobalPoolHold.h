#pragma once

#include <QSemaphore>

namespace ardesk::test {

// Keeps every thread of Qt's global pool busy until released, so that a job started meanwhile
// waits in the queue: what the test does to the job before release() (a cancel, say) surely
// comes before the job's first step, however the threads are scheduled.
class GlobalPoolHold {
public:
    GlobalPoolHold();
    ~GlobalPoolHold();
    GlobalPoolHold(const GlobalPoolHold&) = delete;
    GlobalPoolHold& operator=(const GlobalPoolHold&) = delete;

    void release();

private:
    int m_threads = 0;
    bool m_released = false;
    QSemaphore m_started;
    QSemaphore m_release;
};

} // namespace ardesk::test
