#pragma once

#include <QString>
#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Takes a table's secondary indexes away for a bulk load and builds them again afterwards:
// building an index once from the finished table is several times faster than updating it for
// every inserted row. Constraint indexes (UNIQUE, PRIMARY KEY) stay, so duplicates are still
// refused row by row. Both steps run inside the caller's transaction: a rollback brings the
// indexes back exactly as they were.
class SecondaryIndexes {
public:
    // only: the names of the indexes to take away; empty for every secondary index.
    SecondaryIndexes(Database& database, QString table, QStringList only = {});

    // Drops them and remembers their definitions.
    Result<void> suspend();
    // The same, when a load of about expectedRows rows is at least as big as the table already
    // is: below that, rebuilding the indexes of the rows there costs more than it saves.
    Result<void> suspendFor(qint64 expectedRows);
    // Creates again what suspend() dropped and refreshes the table's statistics where the
    // engine keeps them (SqlDialect::refreshStatistics); nothing when nothing was suspended.
    Result<void> restore();
    // Whether the indexes are set aside now.
    bool suspended() const { return m_suspended; }

private:
    Database& m_database;
    QString m_table;
    QStringList m_only;
    QStringList m_definitions; // CREATE INDEX statements, as the schema holds them
    bool m_suspended = false;
};

} // namespace ardesk
