#include "storage/TableCopy.h"

#include <algorithm>

#include <QSqlQuery>
#include <QSqlRecord>

#include "storage/BatchedRows.h"
#include "storage/Database.h"
#include "storage/SecondaryIndexes.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlNames.h"

using namespace Qt::StringLiterals;

namespace ardesk {

TableCopy::TableCopy(Database& source, Database& target, QString table)
    : m_source(source)
    , m_target(target)
    , m_table(std::move(table))
{}

TableCopy::~TableCopy() = default;

Result<QStringList> TableCopy::columnsIn(Database& database) const
{
    QSqlQuery query(database.connection());
    if (auto ok =
            executeDirectly(query, u"SELECT * FROM "_s + quotedName(m_table) + u" WHERE 1 = 0"_s,
                            database.path() + u": reading the columns of "_s + m_table);
        !ok)
        return std::unexpected(ok.error());
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

Result<void> TableCopy::checkTargetColumns()
{
    const auto target = columnsIn(m_target);
    if (!target)
        return std::unexpected(target.error());
    QStringList sourceSorted = m_columns;
    QStringList targetSorted = *target;
    sourceSorted.sort();
    targetSorted.sort();
    if (sourceSorted == targetSorted)
        return {};
    return fail(ErrorCode::Storage,
                u"%1: the table %2 has the columns %3 here but %4 in %5; not copied"_s.arg(
                    m_target.path(), m_table, targetSorted.join(u", "_s),
                    sourceSorted.join(u", "_s), m_source.path()));
}

Result<qint64> TableCopy::run()
{
    const auto columns = columnsIn(m_source);
    if (!columns)
        return std::unexpected(columns.error());
    m_columns = *columns;
    if (auto ok = checkTargetColumns(); !ok)
        return std::unexpected(ok.error());
    auto batch = BatchedRows::values(m_target, m_table, m_columns,
                                     m_target.path() + u": copying into "_s + m_table);

    SecondaryIndexes indexes(m_target, m_table);
    if (auto ok = indexes.suspend(); !ok)
        return std::unexpected(ok.error());

    // By id where there is one, so a row that names an earlier row of its own table (a plan
    // that replaces another) comes after it; else by every column, the same on both engines.
    QString order;
    if (m_columns.contains(u"id"_s)) {
        order = u"id"_s;
    } else {
        QStringList positions;
        for (qsizetype i = 1; i <= m_columns.size(); ++i)
            positions.append(QString::number(i));
        order = positions.join(u", "_s);
    }
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (auto ok =
            executeDirectly(read,
                            u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
                                quotedNames(m_columns).join(u", "_s), quotedName(m_table), order),
                            m_source.path() + u": reading "_s + m_table);
        !ok)
        return std::unexpected(ok.error());
    const int columnCount = static_cast<int>(m_columns.size());
    qint64 rows = 0;
    QVariantList values;
    while (read.next()) {
        values.clear();
        for (int i = 0; i < columnCount; ++i)
            values.append(read.value(i));
        if (auto ok = batch.put(values); !ok)
            return std::unexpected(ok.error());
        ++rows;
    }
    if (read.lastError().isValid())
        return std::unexpected(
            storageError(read.lastError(), m_source.path() + u": reading "_s + m_table));
    if (auto ok = batch.write(); !ok)
        return std::unexpected(ok.error());

    if (auto ok = indexes.restore(); !ok)
        return std::unexpected(ok.error());
    return rows;
}

} // namespace ardesk
