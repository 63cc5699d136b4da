#include "ledger/BackupService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "storage/LedgerBackup.h"

using namespace Qt::StringLiterals;

namespace ardesk {

BackupService::BackupService(Database& database)
    : m_database(database)
{}

Result<void> BackupService::backUp(const QString& target)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(path))
        return fail(ErrorCode::AlreadyExists, path + u": the file already exists"_s);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Io, path + u": cannot create the folder"_s);
    auto written = LedgerBackup(m_database).writeTo(path);
    // A copy that failed half-way (disk full) must not pass for a backup later.
    if (!written)
        QFile::remove(path);
    return written;
}

} // namespace ardesk
