#pragma once

#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// RAII write transaction: rolls back unless commit() succeeded. Nested transactions on the
// same Database become savepoints, so a service can call another service inside its own
// transaction and still fail as one unit. The outermost one signs its changes for the audit
// trail (who, and the time from the Clock) and clears the signature as it commits; committing
// it on a server ledger notifies the other sessions of the tables it changed
// (SqlDialect::announceChanges).
class Transaction {
public:
    static Result<Transaction> begin(Database& database);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();

private:
    Transaction(Database* database, int depth, QString changesBefore);
    static Result<void> sign(Database& database);

    Database* m_database;
    int m_depth;             // 1 = the outermost transaction
    QString m_changesBefore; // SqlDialect::changeCounts() at the start
    bool m_open = true;
};

} // namespace ardesk
