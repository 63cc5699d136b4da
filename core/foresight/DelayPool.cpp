#include "foresight/DelayPool.h"

#include <algorithm>

namespace ardesk {

DelayPool::DelayPool()
    : m_mass(static_cast<size_t>(maxDelay - minDelay + 1), 0.0)
{}

int DelayPool::clamp(int delay)
{
    return std::clamp(delay, minDelay, maxDelay);
}

void DelayPool::add(int delay, double weight)
{
    m_mass[static_cast<size_t>(clamp(delay) - minDelay)] += weight;
    m_total += weight;
}

void DelayPool::finish()
{
    m_survival.assign(m_mass.size(), 0.0);
    if (m_total <= 0)
        return;
    double above = 0;
    for (size_t i = m_mass.size(); i-- > 0;) {
        m_survival[i] = above / m_total;
        above += m_mass[i];
    }
}

double DelayPool::survival(int t) const
{
    if (t < minDelay)
        return m_total > 0 ? 1.0 : 0.0;
    if (t >= maxDelay || m_survival.empty())
        return 0.0;
    return m_survival[static_cast<size_t>(t - minDelay)];
}

} // namespace ardesk
