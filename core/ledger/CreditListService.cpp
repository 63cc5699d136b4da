#include "ledger/CreditListService.h"

#include "ledger/NearerEndPage.h"

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

Result<QList<CreditListRow>> CreditListService::page(const CreditListQuery& query, qint64 offset,
                                                     int limit, qint64 count)
{
    return pageFromNearerEnd(query, offset, limit, count,
                             [this](const CreditListQuery& read, qint64 from, int rows) {
                                 return m_repository.page(read, from, rows);
                             });
}

} // namespace ardesk
