#pragma once

#include "imports/ForeignReader.h"

namespace ardesk {

// GnuCash's "Import Customers & Vendors" file: no header, 19 fields separated by ';' or ','.
// id is the customer_id; the name is company, or name when company is blank; a row with both
// blank is ignored, as GnuCash ignores it. addr1…addr4 make the address; the ship-to fields
// have no place in the ledger.
class GnuCashCustomerReader final : public ForeignReader {
public:
    void read(QIODevice& device, ForeignTable& table, const ForeignReadOptions& options,
              ForeignTranslation& translation) override;
};

} // namespace ardesk
