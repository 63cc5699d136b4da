#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "domain/Ids.h"
#include "domain/ReminderNotice.h"
#include "storage/PreparedStatement.h"

namespace ardesk {

class Database;

// One reminder sent for one item, for a customer's reminder history.
struct SentReminder {
    QDate date;
    QString document;
    int level = 0;
    QString levelName; // the level's name today; empty when the level was removed since
    ReminderChannel channel = ReminderChannel::Letter;
};

// The reminders sent (table reminder_log, schema 5): one row per item and level.
class ReminderLogRepository {
public:
    explicit ReminderLogRepository(Database& database);

    // Fails with AlreadyExists when the item already had this level.
    Result<void> insert(InvoiceId item, CustomerId customer, int level, QDate date,
                        ReminderChannel channel);
    // Each customer's last reminder date on or before `asOf`.
    Result<QHash<CustomerId, QDate>> lastReminderDates(QDate asOf);
    // The customer's reminders sent on or before `asOf`, by date, document and level.
    Result<QList<SentReminder>> history(CustomerId customer, QDate asOf);

private:
    Database& m_database;
    PreparedStatement m_insert;
};

} // namespace ardesk
