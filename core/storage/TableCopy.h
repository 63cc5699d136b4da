#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Copies the rows of one table from a ledger into the same, empty table of another, value for
// value (ids included), on either engine. The rows are read one by one and inserted a batch at
// a time with a prepared multi-row INSERT, so a table of millions of rows needs memory for one
// batch only. The target's secondary indexes are built once after the load, not row by row.
// Runs inside the caller's read snapshot (source) and transaction (target).
class TableCopy {
public:
    TableCopy(Database& source, Database& target, QString table);
    ~TableCopy();
    TableCopy(const TableCopy&) = delete;
    TableCopy& operator=(const TableCopy&) = delete;

    // The number of rows copied.
    Result<qint64> run();

private:
    // The columns of the table in `database`, in the order of its definition.
    Result<QStringList> columnsIn(Database& database) const;
    Result<void> checkTargetColumns();

    Database& m_source;
    Database& m_target;
    QString m_table;
    QStringList m_columns;
};

} // namespace ardesk
