#include "LedgerCustomer.h"

#include "ledger/CustomerService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

std::optional<LedgerCustomer> LedgerCustomer::open(CliContext& context, int& exitCode)
{
    const QString code = context.parser().value(u"customer"_s);
    if (code.isEmpty()) {
        exitCode = context.usageError(u"--customer ID is required"_s);
        return std::nullopt;
    }
    auto ledger = context.openLedger();
    if (!ledger) {
        exitCode = context.fail(ledger.error());
        return std::nullopt;
    }
    auto customer = CustomerService(**ledger).findByCode(code);
    if (!customer) {
        exitCode = context.fail(customer.error());
        return std::nullopt;
    }
    return LedgerCustomer{.ledger = std::move(*ledger), .customer = std::move(*customer)};
}

} // namespace ardesk::cli
