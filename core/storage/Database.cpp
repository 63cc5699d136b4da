#include "storage/Database.h"

#include <algorithm>
#include <atomic>

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include "domain/OpenSslCleanup.h"
#include "storage/Migrator.h"
#include "storage/ReadRows.h"
#include "storage/ServerAddress.h"
#include "storage/ServerLogins.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// 'ARDk': marks a file as an ARDesk ledger so we never "upgrade" somebody else's database.
constexpr qint64 applicationId = 0x4152446b;
constexpr int busyTimeoutMs = 2000;
// A writer on a server ledger waits this long for the one before it (see SqlDialect).
constexpr int serverLockTimeoutMs = 30000;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"ardesk-ledger-%1"_s.arg(++counter);
}

// Errors name the file: the CLI prints them as they are ("x.ardesk: reading the ledger: file is
// not a database").
Result<qint64> pragmaValue(QSqlDatabase& db, const QString& path, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma))
        return std::unexpected(storageError(query.lastError(), path + u": reading the ledger"_s));
    // A pragma's one column has the pragma's name.
    ResultColumns columns(query);
    const int column = columns(pragma);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::unexpected(storageError(query.lastError(), path + u": reading the ledger"_s));
    return query.value(column).toLongLong();
}

QString& clientName()
{
    static QString name = u"ARDesk"_s;
    return name;
}

// A file ledger has no login: the audit trail names who is logged in to the computer.
QString operatingSystemUser()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

} // namespace

Database::Database(QString path, QString connectionName, const SqlDialect& dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(&dialect)
{}

bool Database::isServerLedger(const QString& path)
{
    return ServerAddress::isServerAddress(path);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

void Database::setClientName(const QString& name)
{
    clientName() = name;
}

Database::Access Database::accessTo(const QString& path)
{
    const QFileInfo file(path);
    const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
    if (file.isWritable() && folderWritable)
        return Access::ReadWrite;
    // SQLite reads a WAL ledger through its -shm and -wal files, and creates them beside the
    // file: in a folder or on a mount that refuses that, a ledger with no -wal left (as every
    // ledger closed cleanly is) can only be read as immutable, which needs neither.
    if (folderWritable || QFileInfo::exists(path + u"-wal"_s))
        return Access::ReadOnly;
    return Access::Immutable;
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, Access access)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
        if (access == Access::Immutable) {
            options += u";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s;
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                                   .toString(QUrl::FullyEncoded) +
                               u"?immutable=1"_s);
        } else {
            if (access == Access::ReadOnly)
                options += u";QSQLITE_OPEN_READONLY"_s;
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            const Error error = storageError(db.lastError(), u"opening "_s + path);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return std::unexpected(error);
        }
    }
    std::unique_ptr<Database> database(new Database(path, name, SqlDialect::sqlite()));
    database->m_readOnly = access != Access::ReadWrite;
    database->m_changesMadeBy = operatingSystemUser();
    return database;
}

Result<std::unique_ptr<Database>> Database::connectServer(const QString& address,
                                                          const QString& password)
{
    const auto server = ServerAddress::parse(address);
    if (!server)
        return std::unexpected(server.error());
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(address, name, SqlDialect::postgresql()));
    database->m_changesMadeBy = server->user();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid()) {
        return fail(ErrorCode::ServerUnavailable,
                    u"%1: this ARDesk has no PostgreSQL driver (Qt's QPSQL plugin; on Debian "
                    "the package libqt6sql6-psql)"_s.arg(server->display()));
    }
    db.setHostName(server->host());
    db.setPort(server->port());
    db.setDatabaseName(server->database());
    db.setUserName(server->user());
    // libpq's fallback gives way to an application_name of the address.
    QStringList options{u"fallback_application_name="_s + clientName()};
    if (!server->connectOptions().isEmpty())
        options.append(server->connectOptions());
    db.setConnectOptions(options.join(u';'));
    if (!password.isEmpty())
        db.setPassword(password);
    else if (const auto kept = ServerLogins::password(*server))
        db.setPassword(*kept);
    // Sums of bigint columns are numeric: read them as exact text, never as a double.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    // Before libpq initialises OpenSSL on its first connection.
    OpenSslCleanup::keepOffExit();
    if (!db.open())
        return std::unexpected(storageError(db.lastError(), server->display()));
    if (!password.isEmpty())
        ServerLogins::remember(*server, password);
    QSqlQuery query(db);
    // No JIT: the reports' queries cost enough for the server to compile them, which took
    // 0.64 s of an aging over 1M invoices that runs in 0.44 s without it, every time.
    for (const QString& setting : {u"SET lock_timeout = %1"_s.arg(serverLockTimeoutMs),
                                   u"SET client_min_messages = warning"_s, u"SET jit = off"_s}) {
        if (!query.exec(setting))
            return std::unexpected(storageError(query.lastError(), server->display()));
    }
    return database;
}

Result<QString> Database::createdAtNow()
{
    QSqlQuery query(connection());
    if (auto ok = executeDirectly(query, u"SELECT "_s + m_dialect->utcNow() + u" AS stamp"_s,
                                  m_path + u": reading the time"_s);
        !ok)
        return std::unexpected(ok.error());
    return singleValue<QString>(query, u"stamp"_s);
}

Result<int> Database::serverSchemaVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT to_regclass('ardesk_schema') IS NOT NULL AS ours, "
                    "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()) "
                    "AS tables"_s) ||
        !query.next())
        return std::unexpected(storageError(query.lastError(), m_path + u": reading the ledger"_s));
    const bool ours = query.value(0).toBool();
    const qint64 tables = query.value(1).toLongLong();
    query.finish();
    if (!ours) {
        if (tables > 0)
            return fail(ErrorCode::LedgerCorrupt, m_path + u": not an ARDesk ledger"_s);
        return 0;
    }
    if (!query.exec(u"SELECT version FROM ardesk_schema"_s) || !query.next())
        return std::unexpected(storageError(query.lastError(), m_path + u": reading the ledger"_s));
    return query.value(0).toInt();
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& address,
                                                       const QString& password)
{
    auto database = connectServer(address, password);
    if (!database)
        return database;
    const auto version = (*database)->serverSchemaVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version < 1) {
        return fail(ErrorCode::LedgerMissing,
                    address + u": no ARDesk ledger in this database yet (ardesk-cli init "
                              "creates one)"_s);
    }
    if (*version > latestSchemaVersion()) {
        return fail(ErrorCode::LedgerTooNew,
                    u"%1: written by a newer ARDesk (schema %2; this version reads up to %3); "
                    "left untouched"_s.arg(address)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    }
    auto migrated = Migrator((*database)->connection(), SqlDialect::postgresql()).migrate(*version);
    if (!migrated)
        return std::unexpected(migrated.error());
    (*database)->m_schemaVersion = *migrated;
    return database;
}

Result<std::unique_ptr<Database>> Database::connectEmptyServer(const QString& address)
{
    auto database = connectServer(address);
    if (!database)
        return database;
    const auto version = (*database)->serverSchemaVersion();
    if (!version) {
        if (version.error().code == ErrorCode::LedgerCorrupt) {
            return fail(ErrorCode::AlreadyExists,
                        address + u": the database holds tables already; not overwritten"_s);
        }
        return std::unexpected(version.error());
    }
    if (*version > 0)
        return fail(ErrorCode::AlreadyExists, address + u": already exists; not overwritten"_s);
    return database;
}

Result<std::unique_ptr<Database>> Database::createServer(const QString& address)
{
    auto database = connectEmptyServer(address);
    if (!database)
        return database;
    auto migrated = Migrator((*database)->connection(), SqlDialect::postgresql()).migrate(0);
    if (!migrated)
        return std::unexpected(migrated.error());
    (*database)->m_schemaVersion = *migrated;
    return database;
}

Result<void> Database::createSchemaInTransaction()
{
    if (!inTransaction())
        return fail(ErrorCode::Storage, m_path + u": the schema is created inside a transaction"_s);
    auto migrated = Migrator(connection(), *m_dialect).migrateInTransaction(m_schemaVersion);
    if (!migrated)
        return std::unexpected(migrated.error());
    m_schemaVersion = *migrated;
    return {};
}

Result<void> Database::configure()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // WAL lets readers (reports, the GUI) work while an import writes; NORMAL synchronous is
    // safe against corruption in WAL mode and keeps bulk imports fast. A 64 MiB page cache
    // keeps the index pages of a million-invoice ledger in memory while an import updates
    // them in customer order rather than key order (the 2 MiB default thrashes).
    // A ledger opened read-only keeps the journal it has: choosing one writes the file.
    QStringList pragmas{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s,
                        u"PRAGMA cache_size = -65536"_s, u"PRAGMA temp_store = MEMORY"_s};
    if (!m_readOnly)
        pragmas.prepend(u"PRAGMA journal_mode = WAL"_s);
    for (const QString& pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            return std::unexpected(storageError(query.lastError(), m_path));
    }
    // Helper threads for large sorts (index builds after a bulk import, grouped reports):
    // 15% faster index builds on two cores.
    const int sortThreads = std::clamp(QThread::idealThreadCount(), 1, 4);
    if (!query.exec(u"PRAGMA threads = %1"_s.arg(sortThreads)))
        return std::unexpected(storageError(query.lastError(), m_path));
    return {};
}

Result<void> Database::setForeignKeysEnforced(bool enforced)
{
    // A server checks every reference, always: other users write at the same time.
    if (m_dialect->isServer())
        return {};
    if (m_transactionDepth > 0) {
        return fail(ErrorCode::InvalidArgument,
                    u"foreign key enforcement cannot change inside a transaction"_s);
    }
    QSqlQuery query(connection());
    if (!query.exec(enforced ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s))
        return std::unexpected(storageError(query.lastError(), m_path));
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QString& password)
{
    if (isServerLedger(path))
        return openServer(path, password);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::LedgerMissing, path + u": no such ledger"_s);
    if (!info.isFile())
        return fail(ErrorCode::LedgerCorrupt, path + u": not a file"_s);

    auto database = connect(path, accessTo(path));
    if (!database)
        return database;
    QSqlDatabase db = (*database)->connection();

    const auto appId = pragmaValue(db, path, u"application_id"_s);
    if (!appId)
        return std::unexpected(appId.error());
    const auto version = pragmaValue(db, path, u"user_version"_s);
    if (!version)
        return std::unexpected(version.error());
    if (*appId != applicationId || *version < 1)
        return fail(ErrorCode::LedgerCorrupt, path + u": not an ARDesk ledger"_s);
    if (*version > latestSchemaVersion()) {
        return fail(ErrorCode::LedgerTooNew,
                    u"%1: written by a newer ARDesk (schema %2; this version reads up to %3); "
                    "left untouched"_s.arg(path)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    }
    if ((*database)->m_readOnly && *version < latestSchemaVersion()) {
        return fail(ErrorCode::LedgerReadOnly,
                    u"%1: read-only, and written by an older ARDesk (schema %2): open it once "
                    "where it can be written, to bring it up to schema %3"_s.arg(path)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    }
    if (auto configured = (*database)->configure(); !configured)
        return std::unexpected(configured.error());
    auto migrated = Migrator(db).migrate(static_cast<int>(*version));
    if (!migrated)
        return std::unexpected(migrated.error());
    (*database)->m_schemaVersion = *migrated;
    return database;
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    if (isServerLedger(path))
        return createServer(path);
    if (QFileInfo::exists(path))
        return fail(ErrorCode::AlreadyExists, path + u": already exists; not overwritten"_s);

    auto database = connect(path);
    if (!database)
        return database;
    auto discard = [&](const Error& error) -> Result<std::unique_ptr<Database>> {
        database->reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        return std::unexpected(error);
    };

    QSqlDatabase db = (*database)->connection();
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)))
        return discard(storageError(query.lastError(), path));
    if (auto configured = (*database)->configure(); !configured)
        return discard(configured.error());
    auto migrated = Migrator(db).migrate(0);
    if (!migrated)
        return discard(migrated.error());
    (*database)->m_schemaVersion = *migrated;
    return database;
}

} // namespace ardesk
