#include "storage/SqlDialect.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include "storage/SqlNames.h"

using namespace Qt::StringLiterals;

namespace ardesk {

SqlDialect::SqlDialect(Engine engine)
    : m_engine(engine)
{}

const SqlDialect& SqlDialect::sqlite()
{
    static const SqlDialect dialect(Engine::SQLite);
    return dialect;
}

const SqlDialect& SqlDialect::postgresql()
{
    static const SqlDialect dialect(Engine::PostgreSQL);
    return dialect;
}

QString SqlDialect::migrationsFolder() const
{
    return isServer() ? u":/ardesk/storage/sql/postgresql"_s : u":/ardesk/storage/sql/sqlite"_s;
}

QStringList SqlDialect::beginWriting() const
{
    // SQLite: IMMEDIATE takes the write lock up front, so two writers fail fast on the busy
    // timeout instead of deadlocking when both try to upgrade a read lock.
    // PostgreSQL: one transaction-scoped advisory lock per ledger gives writers the same
    // discipline (readers never wait, MVCC): a posting reads the open items and writes its
    // allocations with no other writer in between, so concurrent clerks give the result of
    // some serial order, and a run that checks "already sent?" sees every earlier run.
    if (!isServer())
        return {u"BEGIN IMMEDIATE"_s};
    return {u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(1095910475)"_s};
}

QStringList SqlDialect::beginReading() const
{
    // SQLite: a deferred transaction keeps the WAL snapshot of its first read until it ends.
    // PostgreSQL: REPEATABLE READ keeps the snapshot of the first statement for the whole
    // transaction (READ COMMITTED would take a new one for each).
    if (!isServer())
        return {u"BEGIN"_s};
    return {u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s};
}

QString SqlDialect::changeCounts() const
{
    if (!isServer())
        return {};
    // The server counts each session's changed rows per table as it goes
    // (pg_stat_xact_user_tables), so no repository has to say what it changed. Temporary
    // tables (scratch state of a read) live in another schema and are left out.
    return u"SELECT coalesce(json_object_agg(relname, n_tup_ins + n_tup_upd + n_tup_del), '{}') "
           "FROM pg_stat_xact_user_tables WHERE schemaname = current_schema()"_s;
}

QString SqlDialect::announceChanges() const
{
    if (!isServer())
        return {};
    return u"SELECT pg_notify('%1', relname) FROM pg_stat_xact_user_tables "
           "WHERE schemaname = current_schema() "
           "AND n_tup_ins + n_tup_upd + n_tup_del > coalesce((?::json ->> relname)::bigint, 0)"_s
               .arg(changesChannel());
}

QString SqlDialect::changesChannel()
{
    return u"ardesk_changes"_s;
}

QString SqlDialect::signChanges() const
{
    return isServer() ? QString() : u"UPDATE audit_context SET made_by = ?, made_at = ?"_s;
}

QString SqlDialect::unsignChanges() const
{
    return isServer() ? QString() : u"UPDATE audit_context SET made_by = '', made_at = ''"_s;
}

QString SqlDialect::setSchemaVersion(int version) const
{
    if (isServer())
        return u"UPDATE ardesk_schema SET version = %1"_s.arg(version);
    return u"PRAGMA user_version = %1"_s.arg(version);
}

QString SqlDialect::greatest(const QStringList& values) const
{
    return (isServer() ? u"greatest("_s : u"max("_s) + values.join(u", "_s) + u')';
}

QString SqlDialect::least(const QStringList& values) const
{
    return (isServer() ? u"least("_s : u"min("_s) + values.join(u", "_s) + u')';
}

QString SqlDialect::addDays(const QString& date, const QString& days) const
{
    if (isServer())
        return u"to_char(CAST(%1 AS date) + CAST(%2 AS integer), 'YYYY-MM-DD')"_s.arg(date, days);
    return u"date(%1, '+' || (%2) || ' days')"_s.arg(date, days);
}

QString SqlDialect::utcNow() const
{
    if (isServer())
        return u"to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"_s;
    return u"strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"_s;
}

QString SqlDialect::likeIgnoringCase() const
{
    return isServer() ? u"ILIKE"_s : u"LIKE"_s;
}

QString SqlDialect::asBytes(const QString& text) const
{
    if (isServer())
        return u"convert_to(%1, 'UTF8')"_s.arg(text);
    return u"CAST(%1 AS BLOB)"_s.arg(text);
}

QString SqlDialect::planned(const QString& sql) const
{
    if (!isServer())
        return sql;
    static const QRegularExpression hint(u"\\s+(INDEXED BY \\w+|NOT INDEXED)"_s);
    return QString(sql).remove(hint);
}

QString SqlDialect::unindexed(const QString& column) const
{
    return isServer() ? column : u'+' + column;
}

QString SqlDialect::temporary(const QString& table) const
{
    return (isServer() ? u"pg_temp."_s : u"temp."_s) + table;
}

QString SqlDialect::integerPairs() const
{
    if (isServer()) {
        return u"SELECT CAST(value->>0 AS bigint) AS pair_first, CAST(value->>1 AS bigint) AS "
               u"pair_second "
               "FROM json_array_elements(CAST(? AS json))"_s;
    }
    return u"SELECT json_extract(value, '$[0]') AS pair_first, json_extract(value, '$[1]') AS "
           u"pair_second "
           "FROM json_each(?)"_s;
}

QString SqlDialect::nextIdsInOrder(const QString& table, const QString& order) const
{
    if (!isServer())
        return u"NULL"_s;
    const QString last = u"(SELECT coalesce(max(id), 0) FROM %1)"_s.arg(table);
    return last + u" + row_number() OVER (ORDER BY "_s + order + u')';
}

QString SqlDialect::returningId() const
{
    // SQLite reports the rowid without a result row, which a million-row import would pay for.
    return isServer() ? u" RETURNING id"_s : QString();
}

std::optional<qint64> SqlDialect::insertedId(QSqlQuery& insert) const
{
    if (!isServer()) {
        if (insert.numRowsAffected() == 0)
            return std::nullopt;
        return insert.lastInsertId().toLongLong();
    }
    // The row RETURNING gives (a statement read row by row has no count of rows changed).
    std::optional<qint64> id;
    if (insert.next())
        id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}

QString SqlDialect::foreignKeysOfTable() const
{
    if (!isServer())
        return {};
    return u"SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint "
           "WHERE conrelid = CAST(CAST(? AS text) AS regclass) AND contype = 'f' "
           "ORDER BY conname"_s;
}

QString SqlDialect::tablesOfSchema() const
{
    if (isServer()) {
        return u"SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() "
               "ORDER BY tablename"_s;
    }
    return u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
           "ESCAPE '\\' ORDER BY name"_s;
}

QString SqlDialect::refreshStatistics(const QString& table) const
{
    return isServer() ? u"ANALYZE "_s + table : QString();
}

QString SqlDialect::secondaryIndexesOfTable() const
{
    // Indexes SQLite creates for constraints have no SQL text; a UNIQUE index is a constraint
    // too. PostgreSQL's constraint indexes are all UNIQUE (primary keys included).
    if (isServer()) {
        return u"SELECT indexname AS name, indexdef AS sql FROM pg_indexes "
               "WHERE schemaname = current_schema() AND tablename = ? "
               "AND indexdef NOT LIKE 'CREATE UNIQUE %' ORDER BY indexname"_s;
    }
    return u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
           "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name"_s;
}

QString SqlDialect::auditTriggersOfTable() const
{
    // Of the ledger's tables; audit_trail's own id trigger on a server is named audit_… too.
    if (isServer()) {
        return u"SELECT tgname AS name, pg_get_triggerdef(oid) AS sql FROM pg_trigger "
               "WHERE tgrelid = to_regclass(quote_ident(current_schema()) || '.' || "
               "quote_ident(?)) AND NOT tgisinternal AND tgname LIKE 'audit\\_%' "
               "ORDER BY tgname"_s;
    }
    return u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? "
           "AND name LIKE 'audit\\_%' ESCAPE '\\' ORDER BY name"_s;
}

QString SqlDialect::dropTrigger(const QString& trigger, const QString& table) const
{
    if (isServer())
        return u"DROP TRIGGER %1 ON %2"_s.arg(quotedName(trigger), quotedName(table));
    return u"DROP TRIGGER "_s + quotedName(trigger);
}

} // namespace ardesk
