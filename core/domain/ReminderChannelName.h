#pragma once

#include <optional>

#include <QString>
#include <QStringView>

#include "domain/ReminderNotice.h"

namespace ardesk {

// The stored and exported names of a reminder channel: "letter", "email", "both" (the
// dunning_levels and reminder_log columns and the reminders CSV's channel column).
QString reminderChannelName(ReminderChannel channel);
std::optional<ReminderChannel> reminderChannelFromName(QStringView name);

} // namespace ardesk
