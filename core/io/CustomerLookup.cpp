#include "io/CustomerLookup.h"

namespace ardesk {

CustomerLookup::CustomerLookup(Database& database)
    : m_repository(database)
{}

Result<const Customer*> CustomerLookup::find(const QString& code)
{
    auto it = m_cache.constFind(code);
    if (it == m_cache.cend()) {
        if (m_complete)
            return nullptr;
        auto customer = m_repository.findByCode(code);
        if (!customer)
            return std::unexpected(customer.error());
        it = m_cache.insert(code, std::move(*customer));
    }
    return it->has_value() ? &**it : nullptr;
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
