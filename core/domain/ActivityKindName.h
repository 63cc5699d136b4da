#pragma once

#include <optional>

#include <QString>
#include <QStringView>

#include "domain/Activity.h"

namespace ardesk {

// The stored and exported names of an activity kind: "call", "email", "note", "promise",
// "dispute" (the activities table's kind column and the case file's activity CSV).
QString activityKindName(ActivityKind kind);
std::optional<ActivityKind> activityKindFromName(QStringView name);

} // namespace ardesk
