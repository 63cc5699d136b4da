#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "domain/ReminderNotice.h"
#include "storage/DunningLevelRepository.h"
#include "storage/DunningRepository.h"
#include "storage/ReminderLogRepository.h"
#include "storage/RunLock.h"

namespace ardesk {

class Database;
class ReminderOutput;

// The dunning run of the public contract ("Reminders (dunning)"): which customers get a
// reminder as of a date, for which items at which level, and the record of what was sent.
class DunningService {
public:
    // No letter to a customer within this many days of their last one.
    static constexpr int minimumDaysBetweenLetters = 7;

    explicit DunningService(Database& database);

    // Whether recording a notice also books its interest and fee as a charge: an invoice to the
    // customer, numbered chargeNumber(), dated the day it was sent, due by the customer's terms.
    // Off by default: many bookkeepers only show interest and fees in the letter.
    void setBookCharges(bool bookCharges) { m_bookCharges = bookCharges; }
    // The charge's invoice number: REM-<date>-<customer code>. One letter per customer per day
    // at most (the 7-day gap), so the number is free unless somebody entered it by hand.
    static QString chargeNumber(const ReminderNotice& notice, QDate date);

    // The notices of a run as of `asOf`, one per customer, sorted by customer name then id
    // (code-point order). Reads only: nothing is recorded.
    Result<QList<ReminderNotice>> select(QDate asOf);
    // A run that sends takes this before select() and keeps it until its last notice is
    // recorded: a second run at the same time waits for it, then selects what is still due, so
    // no notice goes out twice.
    Result<RunLock> exclusiveRun();
    // Of the customers of `chosen` (notices selected earlier, say for a preview the user
    // confirmed), the notices a selection as of `asOf` has now: under exclusiveRun(), those a
    // run started meanwhile has sent are gone, and items paid meanwhile are left out.
    Result<QList<ReminderNotice>> stillDue(const QList<ReminderNotice>& chosen, QDate asOf);
    // Records each of the notice's items at its level, sent on `date` by `channel`, in one
    // transaction. Call it once the output exists; a level already recorded for an item fails
    // the whole notice with AlreadyExists and records nothing.
    Result<void> record(const ReminderNotice& notice, ReminderChannel channel, QDate date);
    // Records several notices in one transaction, all or none: for outputs that exist only as
    // a whole, such as the run's PDF of letters once it is written.
    Result<void> record(const QList<ReminderNotice>& notices, ReminderChannel channel, QDate date);
    // Delivers each notice to `output` and records it once delivered (or handed over: see
    // ReminderOutput::Accepted), in order. Stops at the
    // first failure and returns it: the notices before it stay delivered and recorded, that
    // one and the rest are neither, so the next run picks them up again.
    Result<void> deliver(const QList<ReminderNotice>& notices, ReminderOutput& output,
                         ReminderChannel channel, QDate date);

    // Sets the notice's totals from its items and its level's fee.
    static void addTotals(ReminderNotice& notice);
    // Late-payment interest on an item: open × rate × days overdue / 365, the rate in basis
    // points, rounded half-up to the minor unit in exact integer arithmetic.
    static qint64 interestMinor(qint64 openMinor, int annualRateBasisPoints, int daysOverdue);

private:
    Result<void> insert(const ReminderNotice& notice, ReminderChannel channel, QDate date);
    Result<void> bookCharge(const ReminderNotice& notice, QDate date);

    Database& m_database;
    DunningLevelRepository m_levels;
    DunningRepository m_reads;
    ReminderLogRepository m_log;
    bool m_bookCharges = false;
};

} // namespace ardesk
