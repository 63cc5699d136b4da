#include "storage/BatchedRows.h"

#include <algorithm>

#include <QSqlQuery>
#include <QStringList>

#include "storage/Database.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// SQLite takes at most 500 terms in a compound SELECT and 32,766 bound values in a statement
// (PostgreSQL 65,535); well below both, a batch already saves all but a few round trips.
constexpr qsizetype maximumRows = 400;
constexpr qsizetype maximumValues = 30'000;

} // namespace

BatchedRows BatchedRows::values(Database& database, const QString& insertInto, const QString& row,
                                int valuesPerRow, const QString& what)
{
    return BatchedRows(database, insertInto + u" VALUES "_s, row, u", "_s, QString(), valuesPerRow,
                       what);
}

BatchedRows BatchedRows::selects(Database& database, const QString& head, const QString& row,
                                 const QString& tail, int valuesPerRow, const QString& what)
{
    return BatchedRows(database, head, row, u" UNION ALL "_s, tail, valuesPerRow, what);
}

BatchedRows::BatchedRows(Database& database, QString head, QString row, QString separator,
                         QString tail, int valuesPerRow, QString what)
    : m_database(database)
    , m_head(std::move(head))
    , m_row(std::move(row))
    , m_separator(std::move(separator))
    , m_tail(std::move(tail))
    , m_valuesPerRow(valuesPerRow)
    , m_what(std::move(what))
    , m_rowsPerStatement(std::min(maximumRows, maximumValues / std::max(valuesPerRow, 1)))
{}

BatchedRows::~BatchedRows() = default;

Result<void> BatchedRows::hold(const QVariantList& values)
{
    if (values.size() != m_valuesPerRow)
        return fail(
            ErrorCode::InvalidArgument,
            u"%1: %2 values for a row of %3"_s.arg(m_what).arg(values.size()).arg(m_valuesPerRow));
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
    return m_pending.size() >= m_rowsPerStatement * m_valuesPerRow;
}

Result<void> BatchedRows::write()
{
    while (!m_pending.isEmpty()) {
        const qsizetype rows = std::min(m_pending.size() / m_valuesPerRow, m_rowsPerStatement);
        QSqlQuery rest(m_database.connection());
        const bool whole = rows == m_rowsPerStatement;
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
        m_pending.remove(0, values);
        if (auto ok = execute(query, m_what); !ok)
            return ok;
        if (query.numRowsAffected() != rows)
            return fail(
                ErrorCode::Storage,
                u"%1: %2 rows written of %3"_s.arg(m_what).arg(query.numRowsAffected()).arg(rows));
    }
    return {};
}

QString BatchedRows::statement(qsizetype rows) const
{
    return m_head + QStringList(rows, m_row).join(m_separator) + m_tail;
}

} // namespace ardesk
