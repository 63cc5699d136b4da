#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Takes the foreign keys of tables away while they are filled in bulk and adds them again
// afterwards. PostgreSQL then checks each key once over the whole table (one join) instead of
// once per inserted row, which took most of a copy onto a server (6 checks a row for invoices,
// credits and allocations). SQLite's keys are part of each table's definition and checked by
// one lookup in the same process: nothing is suspended there. Both steps run inside the
// caller's transaction, so a rollback brings the keys back as they were.
class ForeignKeys {
public:
    ForeignKeys(Database& database, QStringList tables);

    // Drops the keys of the tables and remembers their definitions.
    Result<void> suspend();
    // Adds again what suspend() dropped, each checked against every row now there.
    Result<void> restore();

private:
    struct Key {
        QString table;
        QString name;
        QString definition; // FOREIGN KEY (...) REFERENCES ...(...), as the server gives it
    };

    Database& m_database;
    QStringList m_tables;
    QList<Key> m_keys;
};

} // namespace ardesk
