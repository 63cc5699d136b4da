#pragma once

#include <QString>

#include "demo/DemoLedgerGenerator.h"

namespace ardesk {

// The demo company's history written as native CSV files (customers, invoices, payments, credit
// notes) into a folder: customers with their payment habits, invoices day by day, and the
// payments and credit notes those habits lead to. The same parameters always give the same
// files. DemoLedgerGenerator checks the parameters and imports the files.
class DemoFiles {
public:
    static Result<DemoCounts> write(const DemoParameters& parameters, CurrencyCode currency,
                                    const QString& folder, const DemoProgress& progress);
};

} // namespace ardesk
