#pragma once

#include <memory>

#include <QString>

#include "domain/Error.h"

class QSqlDatabase;

namespace ardesk {

// One open ledger file: one SQLite connection, used from the thread that opened it.
// A ledger is identified by its application_id; its schema version lives in user_version.
// Opening never modifies a file it refuses (missing, not a ledger, corrupt, locked, too new).
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens an existing ledger, upgrading an older schema (each step in a transaction). A
    // ledger whose file, folder or mount cannot be written opens read-only: it can be read,
    // and every transaction is refused as LedgerReadOnly.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // Creates a new, empty ledger; refuses a path that already exists.
    static Result<std::unique_ptr<Database>> create(const QString& path);

    static int latestSchemaVersion();

    // On by default. Only between transactions (SQLite ignores it inside one): a bulk import
    // that checks every reference itself turns SQLite's own checks off for its transaction.
    Result<void> setForeignKeysEnforced(bool enforced);
    bool inTransaction() const { return m_transactionDepth > 0; }

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    // For repositories and Transaction only (both in core/storage).
    QSqlDatabase connection() const;
    int& transactionDepth() { return m_transactionDepth; }

private:
    Database(QString path, QString connectionName);
    enum class Access { ReadWrite, ReadOnly, Immutable };

    static Result<std::unique_ptr<Database>> connect(const QString& path,
                                                     Access access = Access::ReadWrite);
    static Access accessTo(const QString& path);
    Result<void> configure();

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
};

} // namespace ardesk
