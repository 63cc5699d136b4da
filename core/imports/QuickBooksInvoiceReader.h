#pragma once

#include "imports/ForeignReader.h"

namespace ardesk {

// QuickBooks Online's invoice import: one row per invoice line, repeating *InvoiceNo. QBO has no
// customer id: *Customer is the customer's Full Name, which QuickBooksCustomerReader makes the
// customer_id. Amount = Σ *ItemAmount (the line total QBO itself computed from quantity and
// rate, so ItemQuantity × ItemRate is not redone) + Σ ItemTaxAmount in tax editions.
class QuickBooksInvoiceReader final : public ForeignReader {
public:
    void read(QIODevice& device, ForeignTable& table, const ForeignReadOptions& options,
              ForeignTranslation& translation) override;
};

} // namespace ardesk
