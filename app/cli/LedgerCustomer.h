#pragma once

#include <memory>
#include <optional>

#include "CliContext.h"
#include "domain/Customer.h"

namespace ardesk {
class Database;
}

namespace ardesk::cli {

// What a command about one customer acts on: the ledger, opened, and the customer of
// --customer ID found in it.
struct LedgerCustomer {
    std::unique_ptr<Database> ledger;
    Customer customer;

    // Nothing when --customer is missing (a usage error, found before the ledger is opened),
    // the ledger cannot be opened or the customer is unknown; `exitCode` then says how the
    // command ends. Check the command's other options first.
    static std::optional<LedgerCustomer> open(CliContext& context, int& exitCode);
};

} // namespace ardesk::cli
