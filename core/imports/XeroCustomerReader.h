#pragma once

#include "imports/ForeignReader.h"

namespace ardesk {

// Customers from Xero's sales-invoice file (SalesInvoiceTemplate.csv): Xero's contacts carry
// no id, so each distinct *ContactName becomes a customer with that name as its customer_id
// (what XeroInvoiceReader's invoices refer to), with the EmailAddress and PO address of the
// contact's first row, and its Currency (blank: the ledger's).
class XeroCustomerReader final : public ForeignReader {
public:
    void read(QIODevice& device, ForeignTable& table, const ForeignReadOptions& options,
              ForeignTranslation& translation) override;
};

} // namespace ardesk
