#pragma once

#include <QString>

namespace ardesk {

// created_at stamps: UTC, ISO 8601, second precision ("2026-11-23T16:05:00Z").
// SQLite computes the stamp inside each INSERT: formatting and binding it in Qt took 6% of a
// million-row import.
inline const QString auditTimestampSql = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

} // namespace ardesk
