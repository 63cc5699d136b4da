#pragma once

#include <QList>

#include "domain/AuditEntry.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// The audit_trail table, read only: the ledger's triggers write it (sql/*/0017_audit_trail.sql),
// so nothing in the program appends to it by hand.
class AuditTrailRepository {
public:
    explicit AuditTrailRepository(Database& database);

    // The customer's latest `limit` changes, newest first (in the order they were made).
    Result<QList<AuditEntry>> forCustomer(CustomerId customer, int limit);

private:
    Database& m_database;
};

} // namespace ardesk
