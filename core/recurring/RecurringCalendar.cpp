#include "recurring/RecurringCalendar.h"

#include <algorithm>

#include <QSet>

namespace ardesk {

int RecurringCalendar::monthsPerStep(RecurringFrequency frequency)
{
    switch (frequency) {
    case RecurringFrequency::Weekly:
        return 0;
    case RecurringFrequency::Monthly:
        return 1;
    case RecurringFrequency::Quarterly:
        return 3;
    case RecurringFrequency::Yearly:
        return 12;
    }
    return 1;
}

QDate RecurringCalendar::onDay(const RecurringSchedule& schedule, int year, int month)
{
    const int monthDays = QDate(year, month, 1).daysInMonth();
    const int wanted =
        schedule.lastDay ? monthDays : (schedule.day > 0 ? schedule.day : schedule.start.day());
    return QDate(year, month, std::min(wanted, monthDays));
}

QDate RecurringCalendar::occurrence(const RecurringSchedule& schedule, int index)
{
    const int step = monthsPerStep(schedule.frequency);
    if (step == 0)
        return schedule.start.addDays(qint64{7} * index);
    // The start's month holds the first date only if the day is not before the start.
    const QDate inStartMonth = onDay(schedule, schedule.start.year(), schedule.start.month());
    const int first = inStartMonth < schedule.start ? 1 : 0;
    const int months = schedule.start.month() - 1 + step * (index + first);
    return onDay(schedule, schedule.start.year() + months / 12, months % 12 + 1);
}

QDate RecurringCalendar::lastAllowed(const RecurringSchedule& schedule)
{
    QDate last = schedule.end.value_or(QDate());
    if (schedule.state == RecurringSchedule::State::Ended && schedule.endedOn.isValid())
        last = last.isValid() ? std::min(last, schedule.endedOn) : schedule.endedOn;
    return last;
}

QList<QDate> RecurringCalendar::datesThrough(const RecurringSchedule& schedule, QDate through)
{
    QList<QDate> dates;
    if (!schedule.start.isValid() || !through.isValid())
        return dates;
    const QDate last = lastAllowed(schedule);
    const QDate until = last.isValid() ? std::min(last, through) : through;
    for (int index = 0;; ++index) {
        const QDate date = occurrence(schedule, index);
        if (date > until)
            break;
        dates.append(date);
    }
    return dates;
}

int RecurringCalendar::createdCount(const QList<RecurringOccurrence>& done)
{
    return static_cast<int>(
        std::count_if(done.cbegin(), done.cend(), [](const RecurringOccurrence& occurrence) {
            return occurrence.invoice.isValid();
        }));
}

void RecurringCalendar::walkOpenDates(const RecurringSchedule& schedule,
                                      const QList<RecurringOccurrence>& done,
                                      const std::function<bool(QDate)>& visit)
{
    if (!schedule.start.isValid())
        return;
    QSet<QDate> dealtWith;
    for (const RecurringOccurrence& occurrence : done)
        dealtWith.insert(occurrence.date);
    int created = createdCount(done);
    const QDate last = lastAllowed(schedule);
    const bool paused = schedule.state == RecurringSchedule::State::Paused;
    for (int index = 0;; ++index) {
        const QDate date = occurrence(schedule, index);
        if (last.isValid() && date > last)
            return;
        if (dealtWith.contains(date))
            continue;
        if (paused && date >= schedule.pausedFrom)
            return;
        if (schedule.count && created >= *schedule.count)
            return;
        if (!visit(date))
            return;
        ++created;
    }
}

QList<QDate> RecurringCalendar::dueDates(const RecurringSchedule& schedule,
                                         const QList<RecurringOccurrence>& done, QDate asOf)
{
    QList<QDate> dates;
    walkOpenDates(schedule, done, [&](QDate date) {
        if (date > asOf)
            return false;
        dates.append(date);
        return true;
    });
    return dates;
}

QDate RecurringCalendar::nextDate(const RecurringSchedule& schedule,
                                  const QList<RecurringOccurrence>& done)
{
    QDate next;
    walkOpenDates(schedule, done, [&](QDate date) {
        next = date;
        return false;
    });
    return next;
}

} // namespace ardesk
