#pragma once

#include "domain/AmountLimit.h"
#include "imports/CustomerLookup.h"
#include "imports/RowImporter.h"
#include "storage/InvoiceRepository.h"

namespace ardesk {

class InvoiceRowImporter final : public RowImporter {
public:
    InvoiceRowImporter(Database& database, CurrencyCode ledgerCurrency);

    QStringList columns() const override;
    QStringList requiredColumns() const override;
    Result<void> import(ImportRow& row) override;
    Result<void> startBulk(qint64 expectedRows) override;
    Result<void> finishBulk() override;

private:
    CustomerLookup m_customers;
    InvoiceRepository m_invoices;
    CurrencyCode m_ledgerCurrency;
    std::optional<AmountLimit> m_limit; // the invoices' total so far, from the first row on
};

} // namespace ardesk
