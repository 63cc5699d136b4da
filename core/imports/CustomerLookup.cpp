#include "imports/CustomerLookup.h"

namespace ardesk {

CustomerLookup::CustomerLookup(Database& database)
    : m_repository(database)
{}

Result<const CustomerTerms*> CustomerLookup::find(const QString& code)
{
    auto it = m_cache.constFind(code);
    if (it == m_cache.cend()) {
        if (m_complete)
            return nullptr;
        const auto customer = m_repository.findByCode(code);
        if (!customer)
            return std::unexpected(customer.error());
        std::optional<CustomerTerms> terms;
        if (*customer) {
            terms = CustomerTerms{.id = (*customer)->id,
                                  .code = (*customer)->code,
                                  .currency = (*customer)->currency,
                                  .termsDays = (*customer)->termsDays};
        }
        it = m_cache.insert(code, std::move(terms));
    }
    return it->has_value() ? &**it : nullptr;
}

Result<void> CustomerLookup::preload()
{
    auto customers = m_repository.allTerms();
    if (!customers)
        return std::unexpected(customers.error());
    m_cache.reserve(customers->size());
    for (CustomerTerms& customer : *customers) {
        const QString code = customer.code;
        m_cache.insert(code, std::move(customer));
    }
    m_complete = true;
    return {};
}

} // namespace ardesk
