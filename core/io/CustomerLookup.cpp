#include "io/CustomerLookup.h"

namespace ardesk {

CustomerLookup::CustomerLookup(Database& database)
    : m_repository(database)
{}

Result<std::optional<Customer>> CustomerLookup::find(const QString& code)
{
    if (const auto it = m_cache.constFind(code); it != m_cache.cend())
        return *it;
    if (m_complete)
        return std::nullopt;
    auto customer = m_repository.findByCode(code);
    if (customer)
        m_cache.insert(code, *customer);
    return customer;
}

Result<void> CustomerLookup::preload()
{
    auto customers = m_repository.all();
    if (!customers)
        return std::unexpected(customers.error());
    m_cache.reserve(customers->size());
    for (Customer& customer : *customers) {
        const QString code = customer.code;
        m_cache.insert(code, std::move(customer));
    }
    m_complete = true;
    return {};
}

} // namespace ardesk
