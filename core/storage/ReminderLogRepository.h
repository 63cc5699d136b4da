#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "domain/Ids.h"
#include "domain/ReminderNotice.h"
#include "domain/SentReminder.h"
#include "storage/PreparedStatement.h"

namespace ardesk {

class Database;

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
