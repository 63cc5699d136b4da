#include "ledger/AuditTrailService.h"

namespace ardesk {

AuditTrailService::AuditTrailService(Database& database)
    : m_trail(database)
{}

Result<QList<AuditEntry>> AuditTrailService::forCustomer(CustomerId customer, int limit)
{
    return m_trail.forCustomer(customer, limit);
}

} // namespace ardesk
