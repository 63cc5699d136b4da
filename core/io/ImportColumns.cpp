#include "io/ImportColumns.h"

namespace ardesk {

void ImportColumns::insert(const QString& name, int field)
{
    m_columns.append({name, field});
}

int ImportColumns::field(QStringView name) const
{
    for (const auto& [column, position] : m_columns) {
        if (column.size() == name.size() && column == name)
            return position;
    }
    return -1;
}

} // namespace ardesk
