#include "storage/SqlError.h"

#include <QRegularExpression>

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

// PostgreSQL reports a five-character SQLSTATE; SQLite's extended codes stay below 10000.
bool isSqlState(const QString& code)
{
    return code.size() == 5;
}

// The server's message without the lines it adds (CONTEXT, the statement, the SQLSTATE the
// driver appends): the contract's messages are one line each.
QString firstLine(const QSqlError& error)
{
    return error.databaseText().trimmed().section(u'\n', 0, 0).trimmed();
}

// The server ended the session (restarted, shut down, or an administrator ended it) or the
// connection broke.
bool connectionLost(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    if (!isSqlState(state))
        return error.type() == QSqlError::ConnectionError && state.isEmpty();
    return state == u"57P01"_s || state == u"57P02"_s || state.startsWith(u"08"_s);
}

// Why the connection was lost, as the server or libpq said it, without the severity.
QString lossReason(const QSqlError& error)
{
    static const QRegularExpression severity(u"^[A-Z]+:\\s+"_s);
    const QString reason =
        isSqlState(error.nativeErrorCode()) ? firstLine(error) : error.text().trimmed();
    return QString(reason).remove(severity);
}

Error serverError(const QSqlError& error, const QString& context)
{
    const QString state = error.nativeErrorCode();
    const QString detail = context + u": "_s + firstLine(error);
    // The transaction went with the session, so nothing of the change stays.
    if (connectionLost(error)) {
        return {ErrorCode::ServerUnavailable,
                context + u": the connection to the server was lost ("_s + lossReason(error) +
                    u"); nothing was changed, try again"_s};
    }
    if (state == u"55P03"_s || state == u"40001"_s || state == u"40P01"_s) {
        return {ErrorCode::LedgerLocked,
                context + u": another user is changing the ledger; nothing was changed, try "
                          "again"_s};
    }
    if (state == u"3D000"_s)
        return {ErrorCode::LedgerMissing, detail};
    if (state.startsWith(u"08"_s) || state.startsWith(u"28"_s) || state.startsWith(u"57P"_s))
        return {ErrorCode::ServerUnavailable, detail};
    if (state == u"25006"_s || state == u"42501"_s) {
        return {ErrorCode::LedgerReadOnly,
                context + u": the server does not let this user change the ledger; nothing was "
                          "changed"_s};
    }
    if (state == u"53100"_s)
        return {ErrorCode::DiskFull,
                context + u": the server's disk is full; nothing was changed"_s};
    if (state == u"22001"_s || state == u"22003"_s)
        return {ErrorCode::InvalidInput, context + u": a value too large to store"_s};
    return {ErrorCode::Storage, detail};
}

// A connection that failed or broke carries no SQLSTATE: QPSQL lets go of a connection that
// failed before its reason could be asked, and libpq keeps no code for it. Its message is all
// there is: a database that does not exist (the server's 3D000, in libpq's English) is told
// apart from a server that cannot be reached or refuses the login, whose message names both.
Error connectionError(const QSqlError& error, const QString& context)
{
    const QString text = error.text().trimmed();
    static const QRegularExpression missingDatabase(u"database \"[^\"]*\" does not exist"_s);
    if (text.contains(missingDatabase))
        return {ErrorCode::LedgerMissing, context + u": "_s + text};
    return {ErrorCode::ServerUnavailable, context + u": "_s + text};
}

int nativeCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}
} // namespace

Error storageError(const QSqlError& error, const QString& context)
{
    if (isSqlState(error.nativeErrorCode()))
        return serverError(error, context);
    if (error.type() == QSqlError::ConnectionError && error.nativeErrorCode().isEmpty())
        return connectionError(error, context);
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

Error commitError(const QSqlError& error)
{
    const QString context = u"committing"_s;
    // A server that just went away gives no code at all; SQLite always gives one.
    if (!connectionLost(error) && !error.nativeErrorCode().isEmpty())
        return storageError(error, context);
    // The server may have committed just before the connection went: only the ledger can
    // tell, and trying again blindly could post the change twice.
    return {ErrorCode::ServerUnavailable,
            context + u": the connection to the server was lost ("_s + lossReason(error) +
                u") while the change was being saved; it may or may not have been saved, so "
                "look at the ledger before trying again"_s};
}

Result<void> prepare(QSqlQuery& query, const QString& sql, const QString& context)
{
    if (query.prepare(sql))
        return {};
    return std::unexpected(
        storageError(query.lastError(), context.isEmpty() ? u"preparing a query"_s : context));
}

Result<void> execute(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        return std::unexpected(storageError(query.lastError(), context));
    return {};
}

Result<void> executeDirectly(QSqlQuery& query, const QString& sql, const QString& context)
{
    if (!query.exec(sql))
        return std::unexpected(storageError(query.lastError(), context));
    return {};
}

} // namespace ardesk
