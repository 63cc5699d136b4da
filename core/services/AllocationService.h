#pragma once

#include "domain/Credit.h"
#include "domain/Error.h"
#include "storage/AllocationRepository.h"
#include "storage/CreditRepository.h"
#include "storage/PlanRepository.h"

namespace ardesk {

class Database;

// Records payments and credit notes and allocates them, in one transaction each:
// 1. to the explicitly named invoice first, up to its open amount (whatever the dates) — or,
//    when a plan took that invoice over, to the plan's installments in order; likewise to the
//    installments of an explicitly named plan;
// 2. then to the customer's open invoices issued on or before the credit's date, oldest due
//    date first, then lowest number;
// 3. the rest stays on the customer as unapplied credit.
// No invoice is ever over-paid and allocations never exceed the credit.
class AllocationService {
public:
    struct Recorded {
        CreditId id;
        qint64 unappliedMinor = 0;
    };

    explicit AllocationService(Database& database);

    // The credit's customer and explicit invoice must exist and belong together (the caller
    // validates them); its amount must be positive.
    Result<Recorded> record(const Credit& credit);

private:
    struct Share {
        InvoiceId invoice;
        qint64 amountMinor;
    };
    Result<QList<Share>> plan(const Credit& credit);

    Database& m_database;
    AllocationRepository m_allocations;
    CreditRepository m_credits;
    PlanRepository m_plans;
};

} // namespace ardesk
