#pragma once

#include <QDate>
#include <QList>

#include "domain/Error.h"
#include "plans/PlanReport.h"
#include "plans/PlanService.h"
#include "storage/CustomerAccountRepository.h"

namespace ardesk {

class Database;

// One customer's account for the detail view: balance and overdue, open items, payments and
// credit notes, plans. Lists are bounded (`limit`) so that a customer with thousands of
// documents opens as fast as one with three; the summary always counts everything.
class CustomerAccountService {
public:
    explicit CustomerAccountService(Database& database);

    Result<AccountSummary> summary(CustomerId customer, QDate asOf);
    Result<QList<AccountOpenItem>> openItems(CustomerId customer, int limit);
    Result<QList<AccountCredit>> credits(CustomerId customer, int limit);
    Result<qint64> creditCount(CustomerId customer);
    // The customer's plans as of the date, in creation order.
    Result<QList<PlanView>> plans(CustomerId customer, QDate asOf);

private:
    CustomerAccountRepository m_repository;
    PlanService m_plans;
};

} // namespace ardesk
