#include "io/CustomerLookup.h"

namespace ardesk {

CustomerLookup::CustomerLookup(Database& database)
    : m_repository(database)
{}

Result<std::optional<Customer>> CustomerLookup::find(const QString& code)
{
    if (const auto it = m_cache.constFind(code); it != m_cache.cend())
        return *it;
    auto customer = m_repository.findByCode(code);
    if (customer)
        m_cache.insert(code, *customer);
    return customer;
}

} // namespace ardesk
