#pragma once

#include "imports/ForeignReader.h"

namespace ardesk {

// GnuCash's "Import Bills & Invoices" file: no header, 22 fields separated by ';' or ','
// (ForeignTable::detectSeparator), one row per line; a blank id continues the previous invoice.
// owner_id is the customer_id. The invoice is dated date_posted (date_opened for an unposted
// one); due_date defaults to date_posted, as in GnuCash. Amount = Σ round(quantity (default 1)
// × price less discount), the discount a percentage when disc_type is '%' or blank, else an
// amount; GnuCash computes tax from a tax table the file only names, so none is added.
class GnuCashInvoiceReader final : public ForeignReader {
public:
    void read(QIODevice& device, ForeignTable& table, const ForeignReadOptions& options,
              ForeignTranslation& translation) override;
};

} // namespace ardesk
