#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "domain/RecurringSchedule.h"

namespace ardesk {

class Database;

// Recurring schedules and the dates of theirs that were dealt with.
class RecurringRepository {
public:
    explicit RecurringRepository(Database& database);

    Result<RecurringScheduleId> insert(const RecurringSchedule& schedule);
    // Writes every stored field of the schedule with this id (rule, limits, state).
    Result<void> update(const RecurringSchedule& schedule);
    Result<std::optional<RecurringSchedule>> find(RecurringScheduleId schedule);
    // Every schedule, by id, with its customer's code, name and terms.
    Result<QList<RecurringSchedule>> all();

    // The dates dealt with, by schedule and date: of one schedule, or of all.
    Result<QList<RecurringOccurrence>> occurrences(RecurringScheduleId schedule);
    Result<QList<RecurringOccurrence>> allOccurrences();
    // Records a date as dealt with. Fails (and must fail the transaction) when the date was
    // recorded before: the ledger's own guard against creating an invoice twice.
    Result<void> record(const RecurringOccurrence& occurrence);

    // The highest n of the invoice numbers `stem` + n (n a whole number), 0 when there is none.
    Result<qint64> highestNumberAfter(const QString& stem);

private:
    Database& m_database;
};

} // namespace ardesk
