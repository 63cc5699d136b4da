#include "GlobalPoolHold.h"

#include <QThreadPool>

namespace ardesk::test {

GlobalPoolHold::GlobalPoolHold()
{
    QThreadPool* pool = QThreadPool::globalInstance();
    m_threads = pool->maxThreadCount();
    for (int i = 0; i < m_threads; ++i) {
        pool->start([this] {
            m_started.release();
            m_release.acquire();
        });
    }
    m_started.acquire(m_threads);
}

GlobalPoolHold::~GlobalPoolHold()
{
    release();
    QThreadPool::globalInstance()->waitForDone();
}

void GlobalPoolHold::release()
{
    if (m_released)
        return;
    m_released = true;
    m_release.release(m_threads);
}

} // namespace ardesk::test
