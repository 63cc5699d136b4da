#pragma once

#include <QDateTime>
#include <QString>

namespace ardesk {

// created_at stamps: UTC, ISO 8601, second precision ("2026-11-23T16:05:00Z").
// In INSERT statements SQLite computes the stamp itself: formatting and binding it per row costs
// more than the rest of a bulk-imported row's Qt work.
inline const QString auditTimestampSql = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

inline QString auditTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace ardesk
