#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/CustomerAccount.h"
#include "domain/Error.h"
#include "domain/Ids.h"

namespace ardesk {

class Database;

// The reads of one customer's account, each bounded by a per-customer index: a customer may
// have thousands of documents, and the detail view shows the first few hundred of each list.
class CustomerAccountRepository {
public:
    explicit CustomerAccountRepository(Database& database);

    Result<AccountSummary> summary(CustomerId customer, QDate asOf);
    // Oldest due date first, then document (invoices_open_by_customer).
    Result<QList<AccountOpenItem>> openItems(CustomerId customer, int limit);
    // Newest first (credits_by_customer), with the discounts allowed to the customer.
    Result<QList<AccountCredit>> credits(CustomerId customer, int limit);
    Result<qint64> creditCount(CustomerId customer);

private:
    Database& m_database;
};

} // namespace ardesk
