#pragma once

#include <optional>

#include <QHash>
#include <QString>

#include "domain/CustomerTerms.h"
#include "domain/Error.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

// Customers by code, cached for the length of an import (a file of a million invoices names
// the same customers over and over).
class CustomerLookup {
public:
    explicit CustomerLookup(Database& database);

    // nullptr when there is no such customer. The terms stay valid until the next find() (the
    // cache may grow); a pointer, because copying them for each of a million rows costs more
    // than looking them up.
    Result<const CustomerTerms*> find(const QString& code);
    // Reads every customer at once, for a file large enough to name most of them; later finds
    // then never query.
    Result<void> preload();

private:
    CustomerRepository m_repository;
    QHash<QString, std::optional<CustomerTerms>> m_cache;
    bool m_complete = false;
};

} // namespace ardesk
