#include "storage/ReminderLogRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/IsoDate.h"
#include "domain/ReminderChannelName.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ReminderLogRepository::ReminderLogRepository(Database& database)
    : m_database(database)
    , m_insert(database, u"INSERT INTO reminder_log(invoice_id, customer_id, level, date, channel, "
                         "created_at) VALUES (?, ?, ?, ?, ?, "_s +
                             database.dialect().utcNow() +
                             u") ON CONFLICT(invoice_id, level) DO NOTHING"_s)
{}

Result<void> ReminderLogRepository::insert(InvoiceId item, CustomerId customer, int level,
                                           QDate date, ReminderChannel channel)
{
    const auto prepared = m_insert.query();
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery& insert = **prepared;
    insert.addBindValue(item.value);
    insert.addBindValue(customer.value);
    insert.addBindValue(level);
    insert.addBindValue(IsoDate::format(date));
    insert.addBindValue(reminderChannelName(channel));
    if (auto ok = execute(insert, u"recording a reminder"_s); !ok)
        return ok;
    if (insert.numRowsAffected() == 0)
        return fail(ErrorCode::AlreadyExists,
                    u"level %1 was already sent for item %2"_s.arg(level).arg(item.value));
    return {};
}

Result<QHash<CustomerId, QDate>> ReminderLogRepository::lastReminderDates(QDate asOf)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql,
                             u"SELECT customer_id, max(date) AS last_date FROM reminder_log "
                             "WHERE date <= ? GROUP BY customer_id"_s,
                             u"preparing the reminder log"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(IsoDate::format(asOf));
    if (auto ok = execute(sql, u"reading the reminder log"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int customerId = columns(u"customer_id"_s);
    const int lastDate = columns(u"last_date"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QHash<CustomerId, QDate> last;
    while (sql.next()) {
        const auto date = IsoDate::parse(sql.value(lastDate).toString());
        if (!date)
            return fail(ErrorCode::LedgerCorrupt, u"the reminder log holds a bad date \"%1\""_s.arg(
                                                      sql.value(lastDate).toString()));
        last.insert(CustomerId{sql.value(customerId).toLongLong()}, *date);
    }
    return last;
}

Result<QList<SentReminder>> ReminderLogRepository::history(CustomerId customer, QDate asOf)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql,
                    u"SELECT r.date, i.number, r.level, coalesce(l.name, '') AS level_name, "
                    "r.channel FROM reminder_log r JOIN invoices i ON i.id = r.invoice_id "
                    "LEFT JOIN dunning_levels l ON l.level = r.level "
                    "WHERE r.customer_id = ? AND r.date <= ? "
                    "ORDER BY r.date, i.number, r.level"_s,
                    u"preparing the reminder log"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(customer.value);
    sql.addBindValue(IsoDate::format(asOf));
    if (auto ok = execute(sql, u"reading the reminder history"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int date = columns(u"date"_s);
    const int number = columns(u"number"_s);
    const int level = columns(u"level"_s);
    const int levelName = columns(u"level_name"_s);
    const int channelName = columns(u"channel"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<SentReminder> sent;
    while (sql.next()) {
        const auto day = IsoDate::parse(sql.value(date).toString());
        const auto channel = reminderChannelFromName(sql.value(channelName).toString());
        if (!day || !channel)
            return fail(ErrorCode::LedgerCorrupt, u"the reminder log holds a bad row for %1"_s.arg(
                                                      sql.value(number).toString()));
        sent.append({.date = *day,
                     .document = sql.value(number).toString(),
                     .level = sql.value(level).toInt(),
                     .levelName = sql.value(levelName).toString(),
                     .channel = *channel});
    }
    return sent;
}

} // namespace ardesk
