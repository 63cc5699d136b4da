#pragma once

#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

class Database;

// The tables that hold a ledger's data, the same on both engines. The version record
// (PostgreSQL's ardesk_schema, SQLite's user_version) belongs to the schema, not the data, and
// so does SQLite's audit_context (who signs the transaction under way).
class LedgerTables {
public:
    // Every data table, each after the tables its foreign keys name, so rows can be inserted
    // table by table in this order (a table naming itself, plans, in id order). A migration
    // that adds a table adds it here: the schema test and every copy check this list against
    // the schema.
    static const QStringList& inDependencyOrder();

    // The data tables `database` holds, sorted by name.
    static Result<QStringList> stored(Database& database);
    // Fails naming the tables of `database` this list lacks, or lists but the ledger has not.
    static Result<void> checkAgainst(Database& database);
};

} // namespace ardesk
