#include "session/RecentLedgers.h"

#include <QFileInfo>
#include <QSettings>

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

const QString recentKey = u"ledger/recent"_s;

QStringList existing(const QStringList& paths)
{
    QStringList result;
    for (const QString& path : paths) {
        const bool offered = Database::isServerLedger(path) || QFileInfo::exists(path);
        if (offered && !result.contains(path))
            result.append(path);
        if (result.size() == RecentLedgers::maxCount)
            break;
    }
    return result;
}

} // namespace

QStringList RecentLedgers::paths()
{
    return existing(QSettings().value(recentKey).toStringList());
}

void RecentLedgers::add(const QString& path)
{
    // The same file reached through "./x.ardesk" and "/home/me/x.ardesk" is one entry.
    const QString entry =
        Database::isServerLedger(path) ? path : QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList paths = settings.value(recentKey).toStringList();
    paths.removeAll(entry);
    paths.prepend(entry);
    settings.setValue(recentKey, existing(paths));
}

void RecentLedgers::clear()
{
    QSettings().remove(recentKey);
}

} // namespace ardesk
