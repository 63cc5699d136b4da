#include "domain/ActivityKindName.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// In ActivityKind's order.
const std::array<QString, 5> kindNames{u"call"_s, u"email"_s, u"note"_s, u"promise"_s,
                                       u"dispute"_s};

} // namespace

QString activityKindName(ActivityKind kind)
{
    return kindNames.at(static_cast<std::size_t>(kind));
}

std::optional<ActivityKind> activityKindFromName(QStringView name)
{
    for (std::size_t i = 0; i < kindNames.size(); ++i) {
        if (kindNames.at(i) == name)
            return static_cast<ActivityKind>(i);
    }
    return std::nullopt;
}

} // namespace ardesk
