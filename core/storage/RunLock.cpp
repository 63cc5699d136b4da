#include "storage/RunLock.h"

#include <QLockFile>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
// 'ARDk', as a file ledger's application_id: the first key of ARDesk's advisory locks.
constexpr int lockClass = 0x4152446b;
// A run waits this long for the one before it.
constexpr int fileWaitMs = 30000;

QString busy(const Database& database)
{
    return database.path() +
           u": another reminder run on this ledger is under way; try again when it is done"_s;
}
} // namespace

Result<RunLock> RunLock::acquire(Database& database, Kind kind)
{
    if (database.dialect().isServer()) {
        QSqlQuery query(database.connection());
        if (!query.exec(
                u"SELECT pg_advisory_lock(%1, %2)"_s.arg(lockClass).arg(static_cast<int>(kind)))) {
            Error error = storageError(query.lastError(), database.path());
            if (error.code == ErrorCode::LedgerLocked)
                error.detail = busy(database);
            return std::unexpected(error);
        }
        return RunLock(&database, kind, nullptr);
    }
    auto file = std::make_unique<QLockFile>(database.path() +
                                            u".run-%1.lock"_s.arg(static_cast<int>(kind)));
    if (!file->tryLock(fileWaitMs)) {
        if (file->error() == QLockFile::LockFailedError)
            return fail(ErrorCode::LedgerLocked, busy(database));
        return fail(ErrorCode::LedgerReadOnly,
                    database.path() + u": cannot write the run's lock file beside the ledger"_s);
    }
    return RunLock(&database, kind, std::move(file));
}

RunLock::RunLock(Database* database, Kind kind, std::unique_ptr<QLockFile> file)
    : m_database(database)
    , m_kind(kind)
    , m_file(std::move(file))
{}

RunLock::RunLock(RunLock&& other) noexcept
    : m_database(other.m_database)
    , m_kind(other.m_kind)
    , m_file(std::move(other.m_file))
{
    other.m_database = nullptr;
}

RunLock::~RunLock()
{
    if (!m_database || !m_database->dialect().isServer())
        return; // the lock file, if any, goes with m_file
    QSqlQuery query(m_database->connection());
    query.exec(u"SELECT pg_advisory_unlock(%1, %2)"_s.arg(lockClass).arg(static_cast<int>(m_kind)));
}

} // namespace ardesk
