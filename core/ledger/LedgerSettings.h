#pragma once

#include "domain/AgingBuckets.h"
#include "domain/CompanyDetails.h"
#include "domain/CurrencyCode.h"

namespace ardesk {

// The settings stored in the ledger itself, so that they travel with the file: who the company
// is, its home currency, and the aging buckets its reports start from.
struct LedgerSettings {
    CompanyDetails company;
    CurrencyCode currency;
    AgingBuckets agingBuckets = AgingBuckets::standard();

    bool operator==(const LedgerSettings&) const = default;
};

} // namespace ardesk
