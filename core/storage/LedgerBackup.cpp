#include "storage/LedgerBackup.h"

#include <QFile>
#include <QFileInfo>

#include "storage/Database.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

LedgerBackup::LedgerBackup(Database& database)
    : m_database(database)
{}

Result<void> LedgerBackup::writeTo(const QString& target)
{
    if (QFileInfo::exists(target))
        return fail(ErrorCode::AlreadyExists, target + u": the file already exists"_s);
    // VACUUM cannot run inside a transaction; a copy taken there would not be consistent anyway.
    if (m_database.inTransaction())
        return fail(ErrorCode::Storage, u"cannot back up the ledger inside a transaction"_s);
    // A copy that fails half-way (a full disk) must not pass for a backup later, so it is
    // removed. The name is claimed first with an empty file, made only where there is none
    // (VACUUM INTO writes into an empty file): what is removed is then always our own file,
    // never one another program made in the meantime.
    const QString context = u"backing up the ledger to "_s + target;
    QFile claim(target);
    if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(target))
            return fail(ErrorCode::AlreadyExists, target + u": the file already exists"_s);
        return fail(ErrorCode::Storage, context + u": "_s + claim.errorString());
    }
    claim.close();
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(query, u"VACUUM INTO ?"_s); !ready)
        return std::unexpected(ready.error());
    query.addBindValue(target);
    auto written = execute(query, context);
    if (!written)
        QFile::remove(target);
    return written;
}

} // namespace ardesk
