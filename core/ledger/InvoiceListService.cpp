#include "ledger/InvoiceListService.h"

namespace ardesk {

InvoiceListService::InvoiceListService(Database& database)
    : m_repository(database)
{}

Result<qint64> InvoiceListService::count(const InvoiceListQuery& query)
{
    return m_repository.count(query);
}

Result<QList<InvoiceListRow>> InvoiceListService::page(const InvoiceListQuery& query, qint64 offset,
                                                       int limit)
{
    return m_repository.page(query, offset, limit);
}

} // namespace ardesk
