#pragma once

#include <functional>

#include <QDate>
#include <QList>

#include "domain/RecurringSchedule.h"

namespace ardesk {

// The dates a recurring schedule bills on, from its rule alone (docs/contract.md, Recurring
// invoices):
// - weekly: the start date, then every 7 days;
// - monthly, quarterly, yearly: in the start's month and every 1, 3 or 12 months after it, on
//   the schedule's day clamped to the month's end (day 31 is Feb 28 or 29, Apr 30; a yearly
//   Feb 29 is Feb 28 in the years between leap years) or on the month's last day; a date of the
//   start's month before the start is left out. Each date counts from the start's month, so a
//   short month never moves the later ones (Jan 31, Feb 28, Mar 31).
// The end date and the day a schedule was ended bound the dates. What was already created or
// skipped comes from the ledger, as the list of dates dealt with.
class RecurringCalendar {
public:
    // The `index`-th date of the rule (0 is the first), ignoring every limit.
    static QDate occurrence(const RecurringSchedule& schedule, int index);
    // Every date of the rule from the first up to and including `through`, stopping at the end
    // date and at the day the schedule was ended.
    static QList<QDate> datesThrough(const RecurringSchedule& schedule, QDate through);
    // The last date the schedule may bill on (its end date or the day it was ended, the earlier
    // one), or an invalid date when it runs without end.
    static QDate lastAllowed(const RecurringSchedule& schedule);

    // The dates to bill now: every date of the rule on or before `asOf` that `done` (the
    // schedule's dates dealt with) does not hold, none on or after the start of a pause, and no
    // more than the count leaves (dates skipped in a pause do not count).
    static QList<QDate> dueDates(const RecurringSchedule& schedule,
                                 const QList<RecurringOccurrence>& done, QDate asOf);
    // The first date still to bill whatever the day, or an invalid date when none is to come
    // (count reached, past the end, or paused).
    static QDate nextDate(const RecurringSchedule& schedule,
                          const QList<RecurringOccurrence>& done);
    static int createdCount(const QList<RecurringOccurrence>& done);

private:
    // Walks the rule's dates not dealt with yet, in order, while `visit` returns true and the
    // dates stay within the schedule's limits, the count and any pause.
    static void walkOpenDates(const RecurringSchedule& schedule,
                              const QList<RecurringOccurrence>& done,
                              const std::function<bool(QDate)>& visit);
    static int monthsPerStep(RecurringFrequency frequency);
    static QDate onDay(const RecurringSchedule& schedule, int year, int month);
};

} // namespace ardesk
