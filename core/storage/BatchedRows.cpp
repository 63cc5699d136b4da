#include "storage/BatchedRows.h"

#include <algorithm>
#include <atomic>
#include <span>

#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/PostgresCopy.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlNames.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// SQLite takes at most 500 terms in a compound SELECT and 32,766 bound values in a statement;
// well below both, a statement already saves all but a few steps.
constexpr qsizetype maximumRows = 400;
constexpr qsizetype maximumValues = 30'000;
// A COPY has no such limits; a few thousand rows make its round trips rare.
constexpr qsizetype rowsPerCopy = 8'192;

QStringList namesOf(const QList<BatchedRows::Column>& columns)
{
    QStringList names;
    for (const BatchedRows::Column& column : columns)
        names.append(column.name);
    return names;
}

// A name for the temporary table of one batch's rows, unique in the program.
QString newStagingName()
{
    static std::atomic<int> made{0};
    return u"ardesk_rows_%1"_s.arg(++made);
}

} // namespace

BatchedRows BatchedRows::values(Database& database, const QString& table,
                                const QStringList& columns, const QString& what)
{
    QList<Column> plain;
    for (const QString& name : columns)
        plain.append({.name = name});
    return BatchedRows(database, table, QString(), std::move(plain), QString(), what);
}

BatchedRows BatchedRows::selects(Database& database, const QString& head, QList<Column> columns,
                                 const QString& tail, const QString& what)
{
    return BatchedRows(database, QString(), head, std::move(columns), tail, what);
}

BatchedRows::BatchedRows(Database& database, QString table, QString head, QList<Column> columns,
                         QString tail, QString what)
    : m_database(database)
    , m_table(std::move(table))
    , m_head(std::move(head))
    , m_columns(std::move(columns))
    , m_tail(std::move(tail))
    , m_what(std::move(what))
    , m_valuesPerRow(static_cast<int>(m_columns.size()))
    , m_rowsPerWrite(database.dialect().isServer()
                         ? rowsPerCopy
                         : std::min(maximumRows, maximumValues / std::max(m_valuesPerRow, 1)))
    , m_staging(m_table.isEmpty() && database.dialect().isServer() ? newStagingName() : QString())
{}

BatchedRows::~BatchedRows() = default;

Result<void> BatchedRows::hold(const QVariantList& values)
{
    if (values.size() != m_valuesPerRow)
        return fail(
            ErrorCode::InvalidArgument,
            u"%1: %2 values for a row of %3"_s.arg(m_what).arg(values.size()).arg(m_valuesPerRow));
    if (m_pending.isEmpty())
        m_pending.reserve(m_rowsPerWrite * m_valuesPerRow);
    m_pending.append(values);
    return {};
}

Result<void> BatchedRows::put(const QVariantList& values)
{
    if (auto ok = hold(values); !ok)
        return ok;
    return full() ? write() : Result<void>{};
}

bool BatchedRows::full() const
{
    return m_pending.size() >= m_rowsPerWrite * m_valuesPerRow;
}

Result<void> BatchedRows::write()
{
    while (!m_pending.isEmpty()) {
        const qsizetype rows = std::min(m_pending.size() / m_valuesPerRow, m_rowsPerWrite);
        if (auto ok = m_database.dialect().isServer() ? copy(rows) : writeStatement(rows); !ok)
            return ok;
        m_pending.remove(0, rows * m_valuesPerRow);
    }
    return {};
}

Result<void> BatchedRows::writeStatement(qsizetype rows)
{
    QSqlQuery rest(m_database.connection());
    const bool whole = rows == m_rowsPerWrite;
    if (whole && !m_full) {
        m_full = std::make_unique<QSqlQuery>(m_database.connection());
        if (auto ready = prepare(*m_full, statement(rows), m_what); !ready)
            return std::unexpected(ready.error());
    }
    if (!whole) {
        if (auto ready = prepare(rest, statement(rows), m_what); !ready)
            return std::unexpected(ready.error());
    }
    QSqlQuery& query = whole ? *m_full : rest;
    const qsizetype values = rows * m_valuesPerRow;
    for (qsizetype i = 0; i < values; ++i)
        query.addBindValue(m_pending.at(i));
    if (auto ok = execute(query, m_what); !ok)
        return ok;
    if (query.numRowsAffected() != rows)
        return fail(
            ErrorCode::Storage,
            u"%1: %2 rows written of %3"_s.arg(m_what).arg(query.numRowsAffected()).arg(rows));
    return {};
}

Result<void> BatchedRows::copy(qsizetype rows)
{
    const std::span<const QVariant> values(m_pending.constData(),
                                           static_cast<std::size_t>(rows * m_valuesPerRow));
    const QString target = m_staging.isEmpty() ? quotedName(m_table) : m_staging;
    if (!m_staging.isEmpty()) {
        if (auto ok = createStaging(); !ok)
            return ok;
    }
    const auto copied = PostgresCopy::send(
        m_database,
        u"COPY %1 (%2) FROM STDIN"_s.arg(target, quotedNames(namesOf(m_columns)).join(u", "_s)),
        values, m_valuesPerRow, m_what);
    if (!copied)
        return std::unexpected(copied.error());
    if (m_staging.isEmpty())
        return {};
    // The rows of a batch are few against the tables the statement joins them to (the
    // customers, a million invoices): each is best looked up by its key. Counting the cost of
    // reading pages from disk that a busy ledger keeps in memory, the planner would rather
    // hash the whole table for every batch; for this statement it may not.
    QSqlQuery lookUp(m_database.connection());
    if (auto ok = executeDirectly(lookUp,
                                  u"SELECT set_config('enable_hashjoin', 'off', true), "
                                  "set_config('enable_mergejoin', 'off', true)"_s,
                                  m_what);
        !ok)
        return ok;
    QSqlQuery query(m_database.connection());
    if (auto ok = executeDirectly(query, statement(rows), m_what); !ok)
        return ok;
    if (query.numRowsAffected() != rows)
        return fail(
            ErrorCode::Storage,
            u"%1: %2 rows written of %3"_s.arg(m_what).arg(query.numRowsAffected()).arg(rows));
    QSqlQuery empty(m_database.connection());
    return executeDirectly(
        empty, u"RESET enable_hashjoin; RESET enable_mergejoin; TRUNCATE "_s + m_staging, m_what);
}

Result<void> BatchedRows::createStaging()
{
    // Made again in every transaction that writes (it goes with the transaction's end, and a
    // rolled-back one takes it along).
    QStringList columns;
    for (const Column& column : std::as_const(m_columns))
        columns.append(quotedName(column.name) + (column.integer ? u" BIGINT"_s : u" TEXT"_s));
    QSqlQuery create(m_database.connection());
    return executeDirectly(create,
                           u"CREATE TEMPORARY TABLE IF NOT EXISTS %1 (%2) ON COMMIT DROP"_s.arg(
                               m_staging, columns.join(u", "_s)),
                           m_what);
}

QString BatchedRows::statement(qsizetype rows) const
{
    if (!m_table.isEmpty()) {
        const QString row = u'(' + QStringList(m_valuesPerRow, u"?"_s).join(u", "_s) + u')';
        return u"INSERT INTO %1 (%2) VALUES "_s.arg(quotedName(m_table),
                                                    quotedNames(namesOf(m_columns)).join(u", "_s)) +
               QStringList(rows, row).join(u", "_s);
    }
    return m_head + rowSource(rows) + m_tail;
}

QString BatchedRows::rowSource(qsizetype rows) const
{
    const QStringList names = quotedNames(namesOf(m_columns));
    if (!m_staging.isEmpty())
        return u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), m_staging);
    QStringList terms;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        terms.append((m_columns.at(i).integer ? u"CAST(? AS BIGINT)"_s : u"?"_s) + u" AS "_s +
                     names.at(i));
    const QString row = u"SELECT "_s + terms.join(u", "_s);
    return QStringList(rows, row).join(u" UNION ALL "_s);
}

} // namespace ardesk
