#include "storage/LedgerCopier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include "storage/AuditTriggers.h"
#include "storage/Database.h"
#include "storage/ForeignKeys.h"
#include "storage/LedgerTables.h"
#include "storage/ReadSnapshot.h"
#include "storage/SqlError.h"
#include "storage/TableCopy.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

void removeLedgerFile(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

LedgerCopier::LedgerCopier(Database& source)
    : m_source(source)
{}

QString LedgerCopier::partialFileFor(const QString& target)
{
    return u"%1.copy-%2"_s.arg(target).arg(QCoreApplication::applicationPid());
}

Result<LedgerCopy> LedgerCopier::copyTo(const QString& target, const Progress& progress)
{
    if (auto ok = LedgerTables::checkAgainst(m_source); !ok)
        return std::unexpected(ok.error());
    auto snapshot = ReadSnapshot::begin(m_source);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    if (Database::isServerLedger(target))
        return copyToServer(target, progress);
    return copyToFile(target, progress);
}

Result<LedgerCopy> LedgerCopier::copyToFile(const QString& target, const Progress& progress)
{
    if (QFileInfo::exists(target))
        return fail(ErrorCode::AlreadyExists, target + u": already exists; not overwritten"_s);
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString partial = partialFileFor(target);
    auto database = Database::create(partial);
    if (!database)
        return std::unexpected(database.error());
    auto write = [&]() -> Result<LedgerCopy> {
        auto transaction = Transaction::begin(**database);
        if (!transaction)
            return std::unexpected(transaction.error());
        auto copied = fill(**database, progress);
        if (!copied)
            return copied;
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
        // Everything into the file itself: the rename below moves the file alone.
        QSqlQuery checkpoint((*database)->connection());
        if (auto ok = executeDirectly(checkpoint, u"PRAGMA wal_checkpoint(TRUNCATE)"_s,
                                      partial + u": finishing the copy"_s);
            !ok)
            return std::unexpected(ok.error());
        return copied;
    };
    auto copied = write();
    database->reset();
    if (copied && QFileInfo(partial + u"-wal"_s).size() > 0) {
        copied = fail(ErrorCode::Storage,
                      partial + u": the copy's journal was not written into the file"_s);
    }
    if (!copied) {
        removeLedgerFile(partial);
        return copied;
    }
    // rename() never replaces a file: one made at the target meanwhile is kept.
    if (!QFile::rename(partial, target)) {
        removeLedgerFile(partial);
        if (QFileInfo::exists(target))
            return fail(ErrorCode::AlreadyExists, target + u": already exists; not overwritten"_s);
        return fail(ErrorCode::Io, target + u": the finished copy could not be moved here"_s);
    }
    QFile::remove(partial + u"-shm"_s);
    return copied;
}

Result<LedgerCopy> LedgerCopier::copyToServer(const QString& target, const Progress& progress)
{
    auto database = Database::connectEmptyServer(target);
    if (!database)
        return std::unexpected(database.error());
    auto transaction = Transaction::begin(**database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = (*database)->createSchemaInTransaction(); !ok)
        return std::unexpected(ok.error());
    auto copied = fill(**database, progress);
    if (!copied)
        return copied;
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return copied;
}

Result<LedgerCopy> LedgerCopier::fill(Database& target, const Progress& progress)
{
    if (target.schemaVersion() != m_source.schemaVersion()) {
        return fail(ErrorCode::Storage,
                    u"%1: schema %2, but %3 has schema %4; not copied"_s.arg(target.path())
                        .arg(target.schemaVersion())
                        .arg(m_source.path())
                        .arg(m_source.schemaVersion()));
    }
    if (auto ok = LedgerTables::checkAgainst(target); !ok)
        return std::unexpected(ok.error());
    const QStringList& tables = LedgerTables::inDependencyOrder();
    // The trail is copied as it is: the copy itself records nothing.
    AuditTriggers triggers(target, tables);
    if (auto ok = triggers.suspend(); !ok)
        return std::unexpected(ok.error());
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        QSqlQuery empty(target.connection());
        if (auto ok = executeDirectly(empty, u"DELETE FROM "_s + *table,
                                      target.path() + u": emptying "_s + *table);
            !ok)
            return std::unexpected(ok.error());
    }
    ForeignKeys keys(target, tables);
    if (auto ok = keys.suspend(); !ok)
        return std::unexpected(ok.error());
    LedgerCopy copy{.tables = 0, .rows = 0, .schemaVersion = target.schemaVersion()};
    for (const QString& table : tables) {
        const auto rows = TableCopy(m_source, target, table).run();
        if (!rows)
            return std::unexpected(rows.error());
        ++copy.tables;
        copy.rows += *rows;
        if (progress && !progress(table, *rows))
            return fail(ErrorCode::Storage, u"the copy was cancelled; nothing was written"_s);
    }
    if (auto ok = keys.restore(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = triggers.restore(); !ok)
        return std::unexpected(ok.error());
    return copy;
}

} // namespace ardesk
