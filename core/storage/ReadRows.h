#pragma once

#include <utility>

#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariant>

#include "domain/Error.h"

namespace ardesk {

// Where an executed query's columns are, found by the names the SELECT gives them. Reading by
// name keeps every read on its column when a SELECT gains, loses or reorders columns; looking
// each name up once per execution and reading the rows by position keeps a million-row read as
// fast as reading by position alone (QSqlQuery::value(const QString&) searches the record again
// for every value).
// A name the result lacks, or has twice (two joined tables' `code`), would read nulls as zeros or
// the wrong table's value: it is remembered instead, and check() fails the read with it.
class ResultColumns {
public:
    // Right after exec(): before next() the record carries the names without a copy of a row.
    explicit ResultColumns(const QSqlQuery& sql)
    {
        // Each name is copied out once: the record hands out copies of whole fields.
        const QSqlRecord record = sql.record();
        const int count = record.count();
        m_names.reserve(count);
        for (int i = 0; i < count; ++i)
            m_names.append(record.fieldName(i));
    }

    // The position of the column called `name` (case-insensitive, like SQL); -1 when the result
    // has no such column or more than one.
    int operator()(QStringView name)
    {
        int found = -1;
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const QString& column = m_names.at(i);
            if (column.size() != name.size() || column.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (found >= 0) {
                m_problems.append(QStringLiteral("two columns are called \"%1\"").arg(name));
                return -1;
            }
            found = static_cast<int>(i);
        }
        if (found < 0)
            m_problems.append(QStringLiteral("no column is called \"%1\"").arg(name));
        return found;
    }

    // Fails when a name asked for did not name exactly one column.
    Result<void> check() const
    {
        if (m_problems.isEmpty())
            return {};
        QStringList names;
        for (const QString& name : m_names)
            names.append(name);
        return fail(ErrorCode::Storage, QStringLiteral("reading a query's result: %1 (it has %2)")
                                            .arg(m_problems.join(QStringLiteral("; ")),
                                                 names.join(QStringLiteral(", "))));
    }

private:
    QVarLengthArray<QString, 16> m_names;
    QStringList m_problems;
};

// The positions a row reader needs: `Columns` looks each of its names up in the ResultColumns
// its constructor takes.
template <typename Columns>
Result<Columns> findColumns(const QSqlQuery& sql)
{
    ResultColumns names(sql);
    Columns columns(names);
    if (auto ok = names.check(); !ok)
        return std::unexpected(ok.error());
    return columns;
}

// Every row of an executed query, each read by `readRow` (const QSqlQuery&, const Columns&) ->
// Result<Row>, with the columns found once; the first row that cannot be read fails the list.
template <typename Row, typename Columns, typename ReadRow>
Result<QList<Row>> readRows(QSqlQuery& sql, ReadRow readRow)
{
    const auto columns = findColumns<Columns>(sql);
    if (!columns)
        return std::unexpected(columns.error());
    QList<Row> rows;
    while (sql.next()) {
        auto row = readRow(sql, *columns);
        if (!row)
            return std::unexpected(row.error());
        rows.append(std::move(*row));
    }
    return rows;
}

// The named column of an executed query that returns at most one row (a count, a sum, the
// latest code); `absent` when it returned none.
template <typename T>
Result<T> singleValue(QSqlQuery& sql, const QString& name, T absent = T())
{
    ResultColumns columns(sql);
    const int column = columns(name);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    return sql.next() ? sql.value(column).value<T>() : absent;
}

} // namespace ardesk
