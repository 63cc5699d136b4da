#pragma once

#include <optional>

#include "domain/CustomerTerms.h"
#include "domain/Error.h"
#include "imports/CustomerLookup.h"
#include "imports/ImportRow.h"

namespace ardesk {

// Shared checks of the rows that belong to a customer (invoices, payments, credit notes).

// The row's customer_id, looked up; an issue on the row when it is empty or unknown.
// The customer is valid until the next lookup; nullptr after an issue.
Result<const CustomerTerms*> customerOfRow(ImportRow& row, CustomerLookup& customers);

// An optional currency column must name the customer's currency.
void checkCurrencyColumn(ImportRow& row, CurrencyCode customerCurrency);

} // namespace ardesk
