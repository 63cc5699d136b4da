#pragma once

#include <optional>

#include <QDir>
#include <QString>

#include <catch2/catch.hpp>

namespace ardesk::test {

// The folder a "[screenshots]" case saves into: ARDESK_SHOTS_DIR. None, with a warning that
// nothing is saved, when it is not set.
inline std::optional<QDir> screenshotFolder()
{
    const QString directory = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    if (directory.isEmpty()) {
        WARN("ARDESK_SHOTS_DIR is not set: nothing saved");
        return std::nullopt;
    }
    return QDir(directory);
}

} // namespace ardesk::test
