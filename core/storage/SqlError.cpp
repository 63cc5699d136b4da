#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
// SQLite result codes (the driver reports extended codes; the low byte is the primary code).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteTooBig = 18;
constexpr int sqliteNotADatabase = 26;

int nativeCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}
} // namespace

Error storageError(const QSqlError& error, const QString& context)
{
    const int primary = nativeCode(error) & 0xff;
    const QString detail = context + u": "_s + error.databaseText();
    if (primary == sqliteBusy || primary == sqliteLocked) {
        return {ErrorCode::LedgerLocked,
                context + u": the ledger is locked by another program; try again when it is "
                          "done"_s};
    }
    if (primary == sqliteNotADatabase || primary == sqliteCorrupt)
        return {ErrorCode::LedgerCorrupt, detail};
    if (primary == sqliteReadOnly) {
        return {ErrorCode::LedgerReadOnly,
                context + u": the ledger is read-only; nothing was changed"_s};
    }
    if (primary == sqliteFull)
        return {ErrorCode::DiskFull, context + u": disk full; nothing was changed"_s};
    // Only a value no input should hold gets here (the CSV reader bounds its fields): bad
    // data, not a failing ledger.
    if (primary == sqliteTooBig)
        return {ErrorCode::InvalidInput, context + u": a value too large to store"_s};
    return {ErrorCode::Storage, detail};
}

Result<void> execute(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        return std::unexpected(storageError(query.lastError(), context));
    return {};
}

} // namespace ardesk
