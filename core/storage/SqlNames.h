#pragma once

#include <QString>
#include <QStringList>

namespace ardesk {

// A table, index or column name as an SQL identifier both engines take, whatever it holds.
QString quotedName(const QString& name);
// Each of them so.
QStringList quotedNames(const QStringList& names);

} // namespace ardesk
