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
    SecondaryIndexes(Database& database, QString table);

    // Drops them and remembers their definitions.
    Result<void> suspend();
    // Creates again what suspend() dropped; nothing when nothing was suspended.
    Result<void> restore();

private:
    Database& m_database;
    QString m_table;
    QStringList m_definitions; // CREATE INDEX statements, as the schema holds them
};

} // namespace ardesk
