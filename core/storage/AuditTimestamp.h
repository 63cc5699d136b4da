#pragma once

#include <QDateTime>
#include <QString>

namespace ardesk {

// created_at stamps: UTC, ISO 8601, second precision.
inline QString auditTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace ardesk
