#pragma once

#include <memory>

#include <QString>

#include "domain/Error.h"

class QSqlDatabase;

namespace ardesk {

class SqlDialect;

// One open ledger: one connection, used from the thread that opened it. A ledger is a file
// (SQLite; identified by its application_id, its schema version in user_version) or a database
// on a PostgreSQL server, named postgresql://USER@HOST[:PORT]/DBNAME (identified and versioned
// by its table ardesk_schema). Opening never modifies a ledger it refuses (missing, not a
// ledger, corrupt, locked, too new).
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens an existing ledger, upgrading an older schema (each step in a transaction). A
    // ledger whose file, folder or mount cannot be written opens read-only: it can be read,
    // and every transaction is refused as LedgerReadOnly.
    // `password` is for a ledger on a server: given, it is the one the server is asked with,
    // and once the server took it, every later connection of this program to that ledger
    // without a password of its own uses it too (ServerLogins); not given, the one kept so,
    // else libpq's (PGPASSWORD, ~/.pgpass). A refused login is ServerUnavailable, a database
    // that does not exist LedgerMissing.
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const QString& password = {});
    // Creates a new, empty ledger; refuses a path that already exists, and a database on a
    // server that holds any table already.
    static Result<std::unique_ptr<Database>> create(const QString& path);
    static bool isServerLedger(const QString& path);
    // Connects to a database on a server that holds no table yet (refused as create() refuses
    // one) without creating the schema: createSchemaInTransaction() does that inside the
    // caller's transaction, so a ledger copied there appears whole or not at all, also when the
    // copy is killed (the server rolls back what a lost connection left open).
    static Result<std::unique_ptr<Database>> connectEmptyServer(const QString& address);
    // Creates the latest schema in the open transaction of an empty database.
    Result<void> createSchemaInTransaction();

    static int latestSchemaVersion();

    // How this program's sessions on a server name themselves (pg_stat_activity's
    // application_name) unless the address gives an application_name: "ARDesk" unless the
    // program says otherwise (ardesk-cli does, first thing in main).
    static void setClientName(const QString& name);

    // On by default. Only between transactions (SQLite ignores it inside one): a bulk import
    // that checks every reference itself turns SQLite's own checks off for its transaction.
    Result<void> setForeignKeysEnforced(bool enforced);
    bool inTransaction() const { return m_transactionDepth > 0; }

    QString path() const { return m_path; }
    const SqlDialect& dialect() const { return *m_dialect; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // Whom the audit trail names for the changes made through this connection: on a server the
    // user it logged in as, on a file the operating system's user (USER, LOGNAME or USERNAME,
    // else the home folder's name), read when the ledger was opened.
    QString changesMadeBy() const { return m_changesMadeBy; }

    // Now, as the ledger stamps a new row's created_at (SqlDialect::utcNow; on a server the
    // start of the transaction, by the server's clock): for rows written in bulk, which carry
    // the stamp as a value.
    Result<QString> createdAtNow();

    // For repositories and Transaction only (both in core/storage).
    QSqlDatabase connection() const;
    int& transactionDepth() { return m_transactionDepth; }

private:
    Database(QString path, QString connectionName, const SqlDialect& dialect);
    enum class Access { ReadWrite, ReadOnly, Immutable };

    static Result<std::unique_ptr<Database>> connect(const QString& path,
                                                     Access access = Access::ReadWrite);
    static Result<std::unique_ptr<Database>> connectServer(const QString& address,
                                                           const QString& password = {});
    static Result<std::unique_ptr<Database>> openServer(const QString& address,
                                                        const QString& password);
    static Result<std::unique_ptr<Database>> createServer(const QString& address);
    // The schema version of a server ledger; 0 for an empty database.
    Result<int> serverSchemaVersion();
    static Access accessTo(const QString& path);
    Result<void> configure();

    QString m_path;
    QString m_connectionName;
    const SqlDialect* m_dialect;
    QString m_changesMadeBy;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
};

} // namespace ardesk
