#include "ExitCode.h"

namespace ardesk::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return UsageError;
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
        return InvalidData;
    case ErrorCode::LedgerMissing:
    case ErrorCode::LedgerCorrupt:
    case ErrorCode::LedgerLocked:
    case ErrorCode::LedgerTooNew:
    case ErrorCode::LedgerReadOnly:
    case ErrorCode::ServerUnavailable:
        return LedgerUnavailable;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Storage:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
    case ErrorCode::Refused:
    case ErrorCode::ChangedMeanwhile:
        return OtherFailure;
    }
    return OtherFailure;
}

} // namespace ardesk::cli
