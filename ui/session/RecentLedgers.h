#pragma once

#include <QString>
#include <QStringList>

namespace ardesk {

// The ledgers opened lately, most recent first, kept in the user's settings for File > Open
// Recent. Files that have gone since (moved, deleted, on an unplugged drive) are not offered.
class RecentLedgers {
public:
    static constexpr int maxCount = 8;

    // At most maxCount existing files, most recent first.
    static QStringList paths();
    // Puts `path` first; an earlier mention of the same file goes, and so do the oldest
    // entries beyond maxCount.
    static void add(const QString& path);
    static void clear();
};

} // namespace ardesk
