#pragma once

#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Writes a consistent copy of an open ledger to a new file with SQLite's VACUUM INTO: one
// read transaction, so the copy is a snapshot even while the ledger is in use, and compacted.
class LedgerBackup {
public:
    explicit LedgerBackup(Database& database);

    // `target` must not exist (SQLite refuses to overwrite it, and so do we, with AlreadyExists).
    // A copy that fails leaves no file behind.
    Result<void> writeTo(const QString& target);

private:
    Database& m_database;
};

} // namespace ardesk
