#include "domain/Clock.h"

#include <mutex>
#include <utility>

#include <QTimeZone>

namespace ardesk {

namespace {

// Read from worker threads too (a run stamps its e-mails there): the pointer is guarded, and
// a reader keeps the clock it got alive.
std::mutex installedMutex;
std::shared_ptr<Clock> installed;

std::shared_ptr<Clock> current()
{
    const std::scoped_lock lock(installedMutex);
    return installed;
}

} // namespace

QDateTime Clock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::now()
{
    return nowUtc().toLocalTime();
}

QDateTime Clock::nowUtc()
{
    const std::shared_ptr<Clock> clock = current();
    return clock ? clock->utcNow() : QDateTime::currentDateTimeUtc();
}

std::shared_ptr<Clock> Clock::install(std::shared_ptr<Clock> clock)
{
    const std::scoped_lock lock(installedMutex);
    return std::exchange(installed, std::move(clock));
}

FixedClock::FixedClock(QDateTime utc)
    : m_utc(std::move(utc))
{}

FixedClock::FixedClock(QDate date)
    : m_utc(date, QTime(12, 0), QTimeZone::utc())
{}

QDateTime FixedClock::utcNow() const
{
    return m_utc;
}

ClockOverride::ClockOverride(std::shared_ptr<Clock> clock)
    : m_previous(Clock::install(std::move(clock)))
{}

ClockOverride::ClockOverride(QDate today)
    : ClockOverride(std::make_shared<FixedClock>(today))
{}

ClockOverride::~ClockOverride()
{
    Clock::install(std::move(m_previous));
}

} // namespace ardesk
