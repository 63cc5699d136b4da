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

// A LIKE pattern (for ESCAPE '\') that matches any text containing `search` literally:
// the user's % and _ are no wildcards.
inline QString containsPattern(const QString& search)
{
    QString escaped = search;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace ardesk
