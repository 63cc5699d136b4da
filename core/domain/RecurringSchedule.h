#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

#include "domain/Ids.h"
#include "domain/Money.h"

namespace ardesk {

enum class RecurringFrequency { Weekly, Monthly, Quarterly, Yearly };

std::optional<RecurringFrequency> recurringFrequencyFromName(QStringView name);
QString recurringFrequencyName(RecurringFrequency frequency);

// A recurring invoice as stored: what to bill, on which dates, and where it stands.
struct RecurringSchedule {
    enum class State { Active, Paused, Ended };

    RecurringScheduleId id;
    CustomerId customerId;
    QString customerCode;      // read with the schedule, for lists; not stored with it
    QString customerName;      // the same
    int customerTermsDays = 0; // the same: what an invoice created today would be due after
    Money amount;              // in the customer's currency
    QString description;
    RecurringFrequency frequency = RecurringFrequency::Monthly;
    QDate start;
    // The day of the month (1–31, clamped to the month's end) of monthly, quarterly and yearly
    // schedules; 0 for weekly ones and when lastDay is set.
    int day = 0;
    bool lastDay = false;
    std::optional<int> count; // at most this many invoices
    std::optional<QDate> end; // no invoice dated after this
    // How its invoices are numbered: <prefix><yyyymm>-<n>, or, when sequence is set (a number
    // such as INV-000001), on from that sequence; prefix is empty then.
    QString prefix;
    QString sequence;
    State state = State::Active;
    QDate pausedFrom; // while paused: no invoice dated on or after it
    QDate endedOn;    // once ended: no invoice dated after it
};

// One date of a schedule that was dealt with: the invoice created for it, or none when the date
// fell into a pause.
struct RecurringOccurrence {
    RecurringScheduleId schedule;
    QDate date;
    InvoiceId invoice; // invalid: skipped while paused
};

} // namespace ardesk
