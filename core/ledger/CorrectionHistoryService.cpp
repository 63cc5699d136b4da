#include "ledger/CorrectionHistoryService.h"

namespace ardesk {

CorrectionHistoryService::CorrectionHistoryService(Database& database)
    : m_log(database)
{}

Result<QList<Correction>> CorrectionHistoryService::forCustomer(CustomerId customer)
{
    return m_log.forCustomer(customer);
}

QString CorrectionHistoryService::kindName(Correction::DocumentKind kind)
{
    return CorrectionLogRepository::kindName(kind);
}

QString CorrectionHistoryService::actionName(Correction::Action action)
{
    return CorrectionLogRepository::actionName(action);
}

} // namespace ardesk
