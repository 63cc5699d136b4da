#include "storage/DunningLevelRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/ReminderChannelName.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

DunningLevelRepository::DunningLevelRepository(Database& database)
    : m_database(database)
{}

Result<QList<DunningLevel>> DunningLevelRepository::list()
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql,
            u"SELECT level, name, days_overdue, channel, fee, annual_rate_bp, template, enabled "
            "FROM dunning_levels ORDER BY level"_s,
            u"preparing the dunning levels"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(sql, u"reading the dunning levels"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int level = columns(u"level"_s);
    const int name = columns(u"name"_s);
    const int daysOverdue = columns(u"days_overdue"_s);
    const int channelName = columns(u"channel"_s);
    const int fee = columns(u"fee"_s);
    const int annualRate = columns(u"annual_rate_bp"_s);
    const int templateName = columns(u"template"_s);
    const int enabled = columns(u"enabled"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<DunningLevel> levels;
    while (sql.next()) {
        const auto channel = reminderChannelFromName(sql.value(channelName).toString());
        if (!channel)
            return fail(
                ErrorCode::LedgerCorrupt,
                u"dunning level %1 has an unknown channel \"%2\""_s.arg(sql.value(level).toInt())
                    .arg(sql.value(channelName).toString()));
        levels.append({.level = sql.value(level).toInt(),
                       .name = sql.value(name).toString(),
                       .daysOverdue = sql.value(daysOverdue).toInt(),
                       .channel = *channel,
                       .feeMinor = sql.value(fee).toLongLong(),
                       .annualRateBasisPoints = sql.value(annualRate).toInt(),
                       .templateName = sql.value(templateName).toString(),
                       .enabled = sql.value(enabled).toInt() != 0});
    }
    return levels;
}

Result<void> DunningLevelRepository::replaceAll(const QList<DunningLevel>& levels)
{
    QSqlQuery clear(m_database.connection());
    if (auto ready =
            prepare(clear, u"DELETE FROM dunning_levels"_s, u"preparing the dunning levels"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(clear, u"clearing the dunning levels"_s); !ok)
        return ok;
    QSqlQuery insert(m_database.connection());
    if (auto ready = prepare(insert,
                             u"INSERT INTO dunning_levels(level, name, days_overdue, channel, fee, "
                             "annual_rate_bp, template, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             u"preparing the dunning levels"_s);
        !ready)
        return std::unexpected(ready.error());
    for (const DunningLevel& level : levels) {
        insert.addBindValue(level.level);
        insert.addBindValue(level.name);
        insert.addBindValue(level.daysOverdue);
        insert.addBindValue(reminderChannelName(level.channel));
        insert.addBindValue(level.feeMinor);
        insert.addBindValue(level.annualRateBasisPoints);
        insert.addBindValue(level.templateName);
        insert.addBindValue(level.enabled ? 1 : 0);
        if (auto ok = execute(insert, u"saving dunning level %1"_s.arg(level.level)); !ok)
            return ok;
    }
    return {};
}

} // namespace ardesk
