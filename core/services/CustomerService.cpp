#include "services/CustomerService.h"

namespace ardesk {

CustomerService::CustomerService(Database& database)
    : m_repository(database)
{}

Result<qint64> CustomerService::count(const CustomerQuery& query)
{
    return m_repository.count(query);
}

Result<QList<Customer>> CustomerService::page(const CustomerQuery& query, qint64 offset, int limit)
{
    return m_repository.page(query, offset, limit);
}

} // namespace ardesk
