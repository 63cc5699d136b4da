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
    m_survivalBefore.assign(m_mass.size() + 1, 0.0);
    if (m_total <= 0)
        return;
    double above = 0;
    for (size_t i = m_mass.size(); i-- > 0;) {
        m_survival[i] = above / m_total;
        above += m_mass[i];
    }
    for (size_t i = 0; i < m_survival.size(); ++i)
        m_survivalBefore[i + 1] = m_survivalBefore[i] + m_survival[i];
}

double DelayPool::survival(int t) const
{
    if (t < minDelay)
        return m_total > 0 ? 1.0 : 0.0;
    if (t >= maxDelay || m_survival.empty())
        return 0.0;
    return m_survival[static_cast<size_t>(t - minDelay)];
}

double DelayPool::survivalSum(int from, int to) const
{
    if (from >= to || m_survivalBefore.empty())
        return 0.0;
    // Below the range every t counts 1 (when there is any mass), from maxDelay on nothing.
    const double below = m_total > 0 ? std::max(0, std::min(to, minDelay) - from) : 0;
    const auto index = [](int t) {
        return static_cast<size_t>(std::clamp(t, minDelay, maxDelay) - minDelay);
    };
    return below + m_survivalBefore[index(to)] - m_survivalBefore[index(from)];
}

} // namespace ardesk
