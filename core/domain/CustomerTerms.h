#pragma once

#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Ids.h"

namespace ardesk {

// What a customer's documents need to know of it: who it is, its currency and its payment
// terms. Small on purpose: a bulk import holds it for every customer of the ledger.
struct CustomerTerms {
    CustomerId id;
    QString code;
    CurrencyCode currency;
    int termsDays = 30;
};

} // namespace ardesk
