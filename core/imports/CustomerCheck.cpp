#include "imports/CustomerCheck.h"

#include "domain/InvoiceRules.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<const CustomerTerms*> customerOfRow(ImportRow& row, CustomerLookup& customers)
{
    const auto code = row.requiredText(u"customer_id"_s);
    if (!code)
        return nullptr;
    auto customer = customers.find(*code);
    if (customer && !*customer)
        row.error(u"customer_id"_s, u"no customer \"%1\" in the ledger"_s.arg(*code));
    return customer;
}

void checkCurrencyColumn(ImportRow& row, CurrencyCode customerCurrency)
{
    const QString text = row.text(u"currency"_s);
    if (text.isEmpty())
        return;
    if (const auto problem = InvoiceRules::currencyProblem(customerCurrency, text))
        row.error(u"currency"_s, *problem);
}

} // namespace ardesk
