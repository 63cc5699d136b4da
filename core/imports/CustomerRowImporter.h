#pragma once

#include "imports/RowImporter.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

class CustomerRowImporter final : public RowImporter {
public:
    CustomerRowImporter(Database& database, CurrencyCode ledgerCurrency);

    QStringList columns() const override;
    QStringList requiredColumns() const override;
    Result<void> startBulk(qint64 expectedRows) override;
    Result<void> finishBulk() override;
    Result<void> import(ImportRow& row) override;

private:
    CustomerRepository m_customers;
    CurrencyCode m_ledgerCurrency;
};

} // namespace ardesk
