#pragma once

#include <optional>

#include <QString>
#include <QVariant>

namespace ardesk {

// Text columns are NOT NULL DEFAULT '': a null QString (an absent optional value) would bind
// as SQL NULL and be refused, so it is stored as the empty text it means.
inline QString textValue(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Bind value for an optional integer column: SQL NULL when absent.
inline QVariant optionalValue(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace ardesk
