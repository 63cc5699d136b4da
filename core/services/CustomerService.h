#pragma once

#include <QList>

#include "domain/Customer.h"
#include "domain/Error.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

class Database;

// The customer list as the UI sees it: counted and read a page at a time, filtered and sorted
// by the database (CustomerQuery), so that a ledger with 100,000 customers never has to be
// loaded whole. Widgets use this, never the repository.
class CustomerService {
public:
    explicit CustomerService(Database& database);

    Result<qint64> count(const CustomerQuery& query);
    // Up to `limit` customers from position `offset` of the query's order.
    Result<QList<Customer>> page(const CustomerQuery& query, qint64 offset, int limit);

private:
    CustomerRepository m_repository;
};

} // namespace ardesk
