#include "imports/ImportColumns.h"

namespace ardesk {

void ImportColumns::insert(const QString& name, int field)
{
    m_columns.append({name, field, field + 1, name});
}

void ImportColumns::insert(const QString& name, int field, int fileColumn, const QString& label)
{
    m_columns.append({name, field, fileColumn, label});
}

const ImportColumns::Column* ImportColumns::find(QStringView name) const
{
    for (const Column& column : m_columns) {
        if (column.name.size() == name.size() && column.name == name)
            return &column;
    }
    return nullptr;
}

int ImportColumns::field(QStringView name) const
{
    const Column* column = find(name);
    return column ? column->field : -1;
}

int ImportColumns::fileColumn(QStringView name) const
{
    const Column* column = find(name);
    return column ? column->fileColumn : 0;
}

QString ImportColumns::label(const QString& name) const
{
    const Column* column = find(name);
    return column ? column->label : name;
}

QList<QString> ImportColumns::names() const
{
    QList<QString> names;
    names.reserve(m_columns.size());
    for (const Column& column : m_columns)
        names.append(column.name);
    return names;
}

} // namespace ardesk
