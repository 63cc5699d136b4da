#include "storage/LedgerBackup.h"

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
    QSqlQuery query(m_database.connection());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(target);
    return execute(query, u"backing up the ledger to "_s + target);
}

} // namespace ardesk
