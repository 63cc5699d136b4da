#pragma once

#include "domain/AmountLimit.h"
#include "domain/Credit.h"
#include "imports/CustomerLookup.h"
#include "imports/RowImporter.h"
#include "ledger/AllocationService.h"
#include "storage/CreditRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PlanRepository.h"

namespace ardesk {

// Payments and credit notes: each row is recorded and allocated in file order, with the
// customers' open items kept in memory for the length of the import (AllocationService).
class CreditRowImporter final : public RowImporter {
public:
    CreditRowImporter(Database& database, Credit::Kind kind, CurrencyCode ledgerCurrency);

    QStringList columns() const override;
    QStringList requiredColumns() const override;
    Result<void> import(ImportRow& row) override;
    Result<void> startBulk(qint64 expectedRows) override;
    Result<void> finishBulk() override;

private:
    QString codeColumn() const;
    Result<InvoiceId> linkedInvoice(ImportRow& row, CustomerId customer);
    Result<PlanId> linkedPlan(ImportRow& row, CustomerId customer);

    Credit::Kind m_kind;
    CustomerLookup m_customers;
    InvoiceRepository m_invoices;
    PlanRepository m_plans;
    AllocationService m_allocation;
    CreditRepository m_credits;
    CurrencyCode m_ledgerCurrency;
    std::optional<AmountLimit> m_limit; // the credits' total so far, from the first row on
    bool m_importing = false;           // AllocationService::beginImport() was called
};

} // namespace ardesk
