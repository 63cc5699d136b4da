#pragma once

#include "domain/Error.h"

namespace ardesk {

class Database;

// RAII read transaction: every query inside it sees the ledger as it was at the first read,
// however long the reading takes and whoever writes meanwhile (SQLite's WAL snapshot,
// PostgreSQL's REPEATABLE READ). Ends when destroyed; it never changes anything to commit.
class ReadSnapshot {
public:
    static Result<ReadSnapshot> begin(Database& database);

    ReadSnapshot(ReadSnapshot&& other) noexcept;
    ReadSnapshot& operator=(ReadSnapshot&&) = delete;
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot();

private:
    explicit ReadSnapshot(Database* database);

    Database* m_database;
};

} // namespace ardesk
