#pragma once

#include <memory>

#include <QDate>
#include <QDateTime>

namespace ardesk {

// The one place the program asks what day and time it is. Business rules take an as-of date;
// whatever offers "today" as a default (a date field, a run's date, a file's stamp) reads it
// here, so that tests and demonstrations can set the calendar with one call instead of
// depending on the day they run (KeePassXC's Clock follows the same idea).
class Clock {
public:
    virtual ~Clock() = default;

    static QDate today();
    // Local time, for stamps a person reads (e-mail Date headers).
    static QDateTime now();
    static QDateTime nowUtc();

    // Makes `clock` the one the program reads; nullptr goes back to the system's. Returns the
    // one it replaces, so that a scope can put it back (ClockOverride).
    static std::shared_ptr<Clock> install(std::shared_ptr<Clock> clock);

protected:
    virtual QDateTime utcNow() const;
};

// A clock that stands still at one moment, for tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime utc);
    // Noon UTC of `date`, so that the local date is `date` in every time zone a test runs in
    // but the few at ±12 hours.
    explicit FixedClock(QDate date);

protected:
    QDateTime utcNow() const override;

private:
    QDateTime m_utc;
};

// Installs a clock for the lifetime of a scope and puts the previous one back.
class ClockOverride {
public:
    explicit ClockOverride(std::shared_ptr<Clock> clock);
    explicit ClockOverride(QDate today);
    ~ClockOverride();
    ClockOverride(const ClockOverride&) = delete;
    ClockOverride& operator=(const ClockOverride&) = delete;

private:
    std::shared_ptr<Clock> m_previous;
};

} // namespace ardesk
