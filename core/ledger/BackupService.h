#pragma once

#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Backs the open ledger up to a new file that opens as a ledger in its own right.
class BackupService {
public:
    explicit BackupService(Database& database);

    // Never overwrites: an existing `target` is refused with AlreadyExists. On failure nothing is
    // left behind at `target`.
    Result<void> backUp(const QString& target);

private:
    Database& m_database;
};

} // namespace ardesk
