#include "storage/SecondaryIndexes.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SchemaObjects.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlNames.h"

using namespace Qt::StringLiterals;

namespace ardesk {

SecondaryIndexes::SecondaryIndexes(Database& database, QString table, QStringList only)
    : m_database(database)
    , m_table(std::move(table))
    , m_only(std::move(only))
{}

Result<void> SecondaryIndexes::suspendFor(qint64 expectedRows)
{
    QSqlQuery count(m_database.connection());
    if (auto ready = prepare(count, u"SELECT count(*) AS count FROM "_s + quotedName(m_table));
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(count, u"counting the rows of "_s + m_table); !ok)
        return ok;
    const auto stored = singleValue<qint64>(count, u"count"_s);
    count.finish();
    if (!stored)
        return std::unexpected(stored.error());
    if (expectedRows < *stored)
        return {};
    return suspend();
}

Result<void> SecondaryIndexes::suspend()
{
    m_suspended = true;
    // Indexes behind constraints stay.
    const auto indexes = schemaObjectsOfTable(
        m_database, m_database.dialect().secondaryIndexesOfTable(), m_table, u"indexes"_s);
    if (!indexes)
        return std::unexpected(indexes.error());
    QStringList names;
    for (const SchemaObject& index : *indexes) {
        if (!m_only.isEmpty() && !m_only.contains(index.name))
            continue;
        names.append(index.name);
        m_definitions.append(index.sql);
    }
    for (const QString& name : std::as_const(names)) {
        QSqlQuery drop(m_database.connection());
        if (auto ok = executeDirectly(drop, u"DROP INDEX "_s + quotedName(name),
                                      u"setting index "_s + name + u" aside"_s);
            !ok)
            return ok;
    }
    return {};
}

Result<void> SecondaryIndexes::restore()
{
    if (!m_suspended)
        return {};
    m_suspended = false;
    for (const QString& definition : std::as_const(m_definitions)) {
        QSqlQuery create(m_database.connection());
        if (auto ok = executeDirectly(create, definition, u"rebuilding an index of "_s + m_table);
            !ok)
            return ok;
    }
    m_definitions.clear();
    const QString statistics = m_database.dialect().refreshStatistics(quotedName(m_table));
    if (statistics.isEmpty())
        return {};
    QSqlQuery analyze(m_database.connection());
    return executeDirectly(analyze, statistics, u"refreshing the statistics of "_s + m_table);
}

} // namespace ardesk
