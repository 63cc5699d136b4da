#include "ledger/CustomerAccountService.h"

namespace ardesk {

CustomerAccountService::CustomerAccountService(Database& database)
    : m_repository(database)
    , m_plans(database)
{}

Result<AccountSummary> CustomerAccountService::summary(CustomerId customer, QDate asOf)
{
    return m_repository.summary(customer, asOf);
}

Result<QList<AccountOpenItem>> CustomerAccountService::openItems(CustomerId customer, int limit)
{
    return m_repository.openItems(customer, limit);
}

Result<QList<AccountCredit>> CustomerAccountService::credits(CustomerId customer, int limit)
{
    return m_repository.credits(customer, limit);
}

Result<qint64> CustomerAccountService::creditCount(CustomerId customer)
{
    return m_repository.creditCount(customer);
}

Result<QList<PlanView>> CustomerAccountService::plans(CustomerId customer, QDate asOf)
{
    // Plans are few (thousands in a whole ledger), and PlanService computes their state as of
    // a date; the customer's are picked from its list rather than computed a second way.
    auto all = m_plans.list(asOf);
    if (!all)
        return std::unexpected(all.error());
    QList<PlanView> mine;
    for (const PlanView& view : std::as_const(*all)) {
        if (view.plan.customerId == customer)
            mine.append(view);
    }
    return mine;
}

} // namespace ardesk
