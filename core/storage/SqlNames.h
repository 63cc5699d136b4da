#pragma once

#include <QString>

namespace ardesk {

// A table, index or column name as an SQL identifier both engines take, whatever it holds.
QString quotedName(const QString& name);

} // namespace ardesk
