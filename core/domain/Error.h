#pragma once

#include <expected>

#include <QString>

namespace ardesk {

// What went wrong, coarse enough for the UI to map to a translated message and for the CLI to
// map to an exit code; `detail` carries the specifics (file, line, column, expectation).
enum class ErrorCode {
    InvalidInput,      // bad data from a file or a user; the ledger is unchanged
    InvalidArgument,   // a malformed option or parameter (usage error)
    NotFound,          // a referenced customer, invoice, ... does not exist
    LedgerMissing,     // the ledger file does not exist
    LedgerCorrupt,     // not an SQLite file, or not an ARDesk ledger
    LedgerLocked,      // another program holds the ledger
    LedgerTooNew,      // written by a newer ARDesk; refused untouched
    ServerUnavailable, // a ledger's server cannot be reached, or refuses the login
    LedgerReadOnly,    // the ledger can be read but not written (file, folder or mount)
    DiskFull,          // the disk holding the ledger has no room for a change
    AlreadyExists,     // refusing to overwrite
    Storage,           // any other database failure
    Io,                // reading or writing a file failed
    Refused,           // the other side turned this one item down (a mail server a recipient);
                       // nothing is wrong with the rest, which may go on
    ChangedMeanwhile,  // the item is no longer as the caller read it (another user changed it);
                       // nothing was written
};

struct Error {
    ErrorCode code;
    QString detail;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString detail)
{
    return std::unexpected(Error{code, std::move(detail)});
}

} // namespace ardesk
