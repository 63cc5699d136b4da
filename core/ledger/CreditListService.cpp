#include "ledger/CreditListService.h"

namespace ardesk {

CreditListService::CreditListService(Database& database)
    : m_repository(database)
{}

Result<qint64> CreditListService::count(const CreditListQuery& query)
{
    return m_repository.count(query);
}

Result<QList<CreditListRow>> CreditListService::page(const CreditListQuery& query, qint64 offset,
                                                     int limit)
{
    return m_repository.page(query, offset, limit);
}

} // namespace ardesk
