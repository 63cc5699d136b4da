#include "foresight/DelayDistribution.h"

#include <algorithm>

#include "foresight/DelayPool.h"

namespace ardesk {

DelayDistribution::DelayDistribution(const DelayPool& pool, double poolWeight, int floor)
    : m_pool(pool)
    , m_poolWeight(pool.weight() > 0 ? poolWeight : 0.0)
    , m_floor(floor)
{}

void DelayDistribution::addOwn(int delay, double weight)
{
    m_own.append({DelayPool::clamp(delay), weight});
    m_ownWeight += weight;
}

void DelayDistribution::finish()
{
    // A ledger without a single payment yet has nothing to learn from: the item is taken to be
    // paid on its due date, or on its earliest day when that is later.
    if (m_ownWeight + m_poolWeight <= 0)
        addOwn(std::max(0, m_floor + 1), 1.0);
    m_floorMass = unconditional(m_floor);
}

double DelayDistribution::unconditional(int t) const
{
    const double total = m_ownWeight + m_poolWeight;
    if (total <= 0)
        return 0.0;
    double above = 0;
    for (const Point& point : m_own) {
        if (point.delay > t)
            above += point.weight;
    }
    return (above + m_poolWeight * m_pool.survival(t)) / total;
}

double DelayDistribution::survival(int t) const
{
    if (t <= m_floor)
        return 1.0;
    if (!hasMass())
        return 1.0;
    return std::min(1.0, unconditional(t) / m_floorMass);
}

int DelayDistribution::median() const
{
    if (!hasMass()) // later than anything seen: a month more is as good a guess as any
        return m_floor + 31;
    // The smallest t > floor with P(delay > t | delay > floor) <= 1/2; S is non-increasing.
    int low = m_floor + 1;
    int high = std::max(low, DelayPool::maxDelay);
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (survival(middle) <= 0.5)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

double DelayDistribution::expectedDaysLate(int horizon) const
{
    // survival(t) is 1 up to the floor; past it, each own delay d counts its weight for every
    // t below d, and the pool its own survival: the sum in one pass instead of one per day.
    const int from = std::max(0, m_floor + 1);
    const double certain = std::clamp(m_floor + 1, 0, std::max(0, horizon));
    if (from >= horizon)
        return certain;
    if (!hasMass())
        return certain + (horizon - from);
    double above = 0;
    for (const Point& point : m_own)
        above += point.weight * std::max(0, std::min(point.delay, horizon) - from);
    above += m_poolWeight * m_pool.survivalSum(from, horizon);
    return certain + above / (m_ownWeight + m_poolWeight) / m_floorMass;
}

} // namespace ardesk
