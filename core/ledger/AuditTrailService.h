#pragma once

#include <QList>

#include "domain/AuditEntry.h"
#include "domain/Error.h"
#include "storage/AuditTrailRepository.h"

namespace ardesk {

class Database;

// Who changed what in a customer's ledger and when, for the customer's history in the desktop
// app. The ledger records every change itself (see storage/sql/*/0017_audit_trail.sql): this
// only reads.
class AuditTrailService {
public:
    explicit AuditTrailService(Database& database);

    // The customer's latest `limit` changes, newest first (in the order they were made).
    Result<QList<AuditEntry>> forCustomer(CustomerId customer, int limit);

private:
    AuditTrailRepository m_trail;
};

} // namespace ardesk
