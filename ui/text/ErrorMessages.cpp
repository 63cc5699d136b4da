#include "text/ErrorMessages.h"

#include <QDir>

#include "storage/Database.h"

namespace ardesk {

QString ErrorMessages::openLedger(const Error& error, const QString& path)
{
    // A server's address keeps its slashes on every platform.
    const bool onServer = Database::isServerLedger(path);
    const QString file = onServer ? path : QDir::toNativeSeparators(path);
    switch (error.code) {
    case ErrorCode::LedgerMissing:
        if (onServer) {
            return tr("There is no ARDesk ledger at “%1”: the server has no such database, or "
                      "no ledger was created in it yet (“ardesk-cli init” creates one).")
                .arg(file);
        }
        return tr("The ledger “%1” does not exist. It may have been moved, renamed or deleted.")
            .arg(file);
    case ErrorCode::LedgerCorrupt:
        return tr("“%1” is not an ARDesk ledger, or it is damaged.").arg(file);
    case ErrorCode::LedgerLocked:
        return tr("The ledger “%1” is in use by another program. Try again when that program "
                  "has finished.")
            .arg(file);
    case ErrorCode::LedgerTooNew:
        return tr("The ledger “%1” was saved by a newer version of ARDesk. Install that version "
                  "to open it; this one leaves the file untouched.")
            .arg(file);
    case ErrorCode::Io:
        return tr("The ledger “%1” could not be read from disk.").arg(file);
    case ErrorCode::ServerUnavailable:
        return tr("The server of the ledger “%1” cannot be reached, or it refused the user name "
                  "or password. Check the address, the network and the password.")
            .arg(file);
    case ErrorCode::LedgerReadOnly:
        return tr("The ledger “%1” was saved by an older version of ARDesk and must be brought "
                  "up to date, but it cannot be written here. Open it once where it can be "
                  "written, or copy it to a folder of yours.")
            .arg(file);
    case ErrorCode::InvalidInput:
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Storage:
    case ErrorCode::DiskFull:
    case ErrorCode::Refused:
    case ErrorCode::ChangedMeanwhile:
        break;
    }
    return tr("The ledger “%1” could not be opened.").arg(file);
}

QString ErrorMessages::readLedger(const Error& error)
{
    switch (error.code) {
    case ErrorCode::LedgerLocked:
        return tr("The ledger is in use by another program. Try again when that program has "
                  "finished.");
    case ErrorCode::LedgerCorrupt:
        return tr("The ledger is damaged: some of its data cannot be read.");
    case ErrorCode::LedgerMissing:
        return tr("The ledger file has disappeared. It may have been moved or deleted.");
    case ErrorCode::ServerUnavailable:
        return tr("The connection to the ledger's server was lost. Nothing half-done was kept; "
                  "try again when the server can be reached.");
    case ErrorCode::InvalidInput:
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::LedgerTooNew:
    case ErrorCode::LedgerReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Storage:
    case ErrorCode::Io:
    case ErrorCode::Refused:
    case ErrorCode::ChangedMeanwhile:
        break;
    }
    return tr("The ledger could not be read.");
}

QString ErrorMessages::changeLedger(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
        return tr("The ledger does not allow this change; nothing was changed.");
    case ErrorCode::LedgerLocked:
    case ErrorCode::LedgerCorrupt:
    case ErrorCode::LedgerMissing:
    case ErrorCode::ServerUnavailable:
        return readLedger(error);
    case ErrorCode::LedgerReadOnly:
        return tr("This ledger is read-only: its file, its folder or its disk cannot be "
                  "written. Nothing was changed.");
    case ErrorCode::DiskFull:
        return tr("The disk that holds the ledger is full. Nothing was changed; free some space "
                  "and try again.");
    case ErrorCode::LedgerTooNew:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Storage:
    case ErrorCode::Io:
    case ErrorCode::Refused:
    case ErrorCode::ChangedMeanwhile:
        break;
    }
    return tr("The change could not be saved to the ledger; nothing was changed.");
}

QString ErrorMessages::writeLedger(const Error& error, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (error.code) {
    case ErrorCode::AlreadyExists:
        return tr("“%1” already exists, and ARDesk never overwrites a file. Choose another name.")
            .arg(file);
    case ErrorCode::LedgerLocked:
        return tr("“%1” is in use by another program. Try again when that program has finished.")
            .arg(file);
    case ErrorCode::InvalidInput:
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::LedgerMissing:
    case ErrorCode::LedgerCorrupt:
    case ErrorCode::LedgerTooNew:
    case ErrorCode::LedgerReadOnly:
    case ErrorCode::ServerUnavailable:
    case ErrorCode::DiskFull:
    case ErrorCode::Storage:
    case ErrorCode::Io:
    case ErrorCode::Refused:
    case ErrorCode::ChangedMeanwhile:
        break;
    }
    return tr("“%1” could not be written. Check that you may write to that folder and that the "
              "disk is not full.")
        .arg(file);
}

} // namespace ardesk
