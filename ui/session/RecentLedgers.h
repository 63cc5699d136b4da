#pragma once

#include <QString>
#include <QStringList>

namespace ardesk {

// The ledgers opened lately, most recent first, kept in the user's settings for File > Open
// Recent: files, and ledgers on servers by their address (which never holds a password).
// Files that have gone since (moved, deleted, on an unplugged drive) are not offered; a
// server's ledger is, as whether it is there is only known by connecting.
class RecentLedgers {
public:
    static constexpr int maxCount = 8;

    // At most maxCount existing files and server addresses, most recent first.
    static QStringList paths();
    // Puts `path` first; an earlier mention of the same ledger goes, and so do the oldest
    // entries beyond maxCount.
    static void add(const QString& path);
    static void clear();
};

} // namespace ardesk
