#include "imports/ForeignTranslation.h"

#include "imports/ForeignTable.h"

using namespace Qt::StringLiterals;

namespace ardesk {

void ForeignTranslation::setColumns(const QStringList& nativeColumns)
{
    m_nativeColumns = nativeColumns;
}

void ForeignTranslation::map(const QString& nativeColumn, const ForeignTable& table, int field)
{
    const int position = static_cast<int>(m_nativeColumns.indexOf(nativeColumn));
    Q_ASSERT(position >= 0);
    const QString label = field >= 0 ? table.label(field) : nativeColumn;
    m_columns.insert(nativeColumn, position, field + 1, label);
}

QStringList ForeignTranslation::customerColumns()
{
    return {u"customer_id"_s, u"name"_s, u"email"_s, u"phone"_s, u"address"_s};
}

QString ForeignTranslation::joinLines(const QStringList& parts)
{
    QStringList lines;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            lines.append(part.trimmed());
    }
    return lines.join(u'\n');
}

void ForeignTranslation::append(int line, const QStringList& values)
{
    Q_ASSERT(values.size() == m_nativeColumns.size());
    m_records.append({values, line});
}

} // namespace ardesk
