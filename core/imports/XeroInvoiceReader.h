#pragma once

#include "imports/ForeignReader.h"

namespace ardesk {

// Xero's sales-invoice import (SalesInvoiceTemplate.csv, 29 columns; the invoice export's extra
// columns are ignored): one row per line, a multi-line invoice repeating its *InvoiceNumber.
// Xero has no contact id, so *ContactName names the customer (XeroCustomerReader imports the
// contacts from the same file under that name). Amount = Σ round(Quantity × UnitAmount less
// Discount %) + Σ TaxAmount: Xero's own tax (from TaxType) is not recomputed, only an explicit
// TaxAmount counts.
class XeroInvoiceReader final : public ForeignReader {
public:
    void read(QIODevice& device, ForeignTable& table, const ForeignReadOptions& options,
              ForeignTranslation& translation) override;
};

} // namespace ardesk
