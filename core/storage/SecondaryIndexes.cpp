#include "storage/SecondaryIndexes.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

SecondaryIndexes::SecondaryIndexes(Database& database, QString table)
    : m_database(database)
    , m_table(std::move(table))
{}

Result<void> SecondaryIndexes::suspend()
{
    // Indexes SQLite creates for constraints have no SQL text, and declared UNIQUE ones are
    // constraints too: both stay.
    QSqlQuery list(m_database.connection());
    list.prepare(u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                 "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name"_s);
    list.addBindValue(m_table);
    if (auto ok = execute(list, u"listing the indexes of "_s + m_table); !ok)
        return ok;
    ResultColumns columns(list);
    const int nameColumn = columns(u"name"_s);
    const int sqlColumn = columns(u"sql"_s);
    if (auto ok = columns.check(); !ok)
        return ok;
    QStringList names;
    while (list.next()) {
        names.append(list.value(nameColumn).toString());
        m_definitions.append(list.value(sqlColumn).toString());
    }
    list.finish();
    for (const QString& name : std::as_const(names)) {
        QSqlQuery drop(m_database.connection());
        const QString quoted = u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
        drop.prepare(u"DROP INDEX "_s + quoted);
        if (auto ok = execute(drop, u"setting index "_s + name + u" aside"_s); !ok)
            return ok;
    }
    return {};
}

Result<void> SecondaryIndexes::restore()
{
    for (const QString& definition : std::as_const(m_definitions)) {
        QSqlQuery create(m_database.connection());
        create.prepare(definition);
        if (auto ok = execute(create, u"rebuilding an index of "_s + m_table); !ok)
            return ok;
    }
    m_definitions.clear();
    return {};
}

} // namespace ardesk
