#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
// SQLite result codes (the driver reports extended codes; the low byte is the primary code).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
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
    return {ErrorCode::Storage, detail};
}

Result<void> execute(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        return std::unexpected(storageError(query.lastError(), context));
    return {};
}

} // namespace ardesk
