#pragma once

#include "domain/Error.h"

namespace ardesk::cli {

// The exit codes of the public CLI contract.
enum ExitCode : int {
    Success = 0,
    UsageError = 1,
    InvalidData = 2, // the ledger is unchanged
    LedgerUnavailable = 3,
    OtherFailure = 4,
};

ExitCode exitCodeFor(ErrorCode code);

} // namespace ardesk::cli
