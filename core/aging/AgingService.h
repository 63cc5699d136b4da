#pragma once

#include <functional>

#include "aging/AgingReport.h"
#include "domain/Error.h"
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
    // The summary's TOTAL rows alone (its customer rows empty), computed without reading a row
    // per customer: for the dashboard.
    Result<AgingSummary> totals(const AgingOptions& options);
    Result<AgingDetail> detail(const AgingOptions& options);
    // The detail's rows one at a time, in its order, without holding them all (exports of a
    // million open items); stops at the first error `visit` returns.
    Result<void> forEachDetailRow(const AgingOptions& options,
                                  const std::function<Result<void>(const AgingDetailRow&)>& visit);

private:
    // NotFound when a customer code is given that the ledger doesn't know.
    Result<std::optional<CustomerId>> customerFilter(const AgingOptions& options);
    // The repository's query whose classes are the options' buckets.
    Result<OpenItemsQuery> bucketQuery(const AgingOptions& options);

    AgingRepository m_repository;
    CustomerRepository m_customers;
};

} // namespace ardesk
