#pragma once

#include <QIODevice>
#include <QList>

#include "domain/ReminderNotice.h"

namespace ardesk {

// The reminders CSV of the public contract:
// `customer_id,customer_name,level,documents,total_overdue,channel`, one row per notice, the
// documents separated by ';'.
class ReminderCsvExporter {
public:
    static bool write(const QList<ReminderNotice>& notices, QIODevice* device);
};

} // namespace ardesk
