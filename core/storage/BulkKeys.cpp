#include "storage/BulkKeys.h"

#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<qint64> BulkKeys::nextId(Database& database, const QString& table)
{
    QSqlQuery last(database.connection());
    if (auto ready = prepare(last, u"SELECT coalesce(max(id), 0) + 1 AS next FROM "_s + table);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(last, u"reading the last id of "_s + table); !ok)
        return std::unexpected(ok.error());
    return singleValue<qint64>(last, u"next"_s);
}

Result<BulkKeys> BulkKeys::read(Database& database, const QString& table, const QString& key)
{
    BulkKeys keys;
    const auto next = nextId(database, table);
    if (!next)
        return std::unexpected(next.error());
    keys.m_nextId = *next;

    QSqlQuery read(database.connection());
    read.setForwardOnly(true);
    if (auto ready = prepare(read, u"SELECT %1 AS taken FROM %2"_s.arg(key, table)); !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(read, u"reading the keys of "_s + table); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(read);
    const int taken = columns(u"taken"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    while (read.next())
        keys.m_keys.insert(read.value(taken).toString());
    return keys;
}

std::optional<qint64> BulkKeys::take(const QString& key)
{
    const auto size = m_keys.size();
    m_keys.insert(key);
    if (m_keys.size() == size)
        return std::nullopt;
    return m_nextId++;
}

} // namespace ardesk
