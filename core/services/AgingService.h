#pragma once

#include "domain/Error.h"
#include "services/AgingReport.h"
#include "storage/AgingRepository.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

class Database;

// Accounts-receivable aging as of any date: documents dated on or after the date, reduced only
// by payments, credit notes and write-offs dated on or before it; age = as-of date minus the
// due (or issue) date in days.
class AgingService {
public:
    explicit AgingService(Database& database);

    Result<AgingSummary> summary(const AgingOptions& options);
    Result<AgingDetail> detail(const AgingOptions& options);

private:
    // NotFound when a customer code is given that the ledger doesn't know.
    Result<std::optional<CustomerId>> customerFilter(const AgingOptions& options);

    AgingRepository m_repository;
    CustomerRepository m_customers;
};

} // namespace ardesk
