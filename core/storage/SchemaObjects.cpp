#include "storage/SchemaObjects.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<QList<SchemaObject>> schemaObjectsOfTable(Database& database, const QString& catalogQuery,
                                                 const QString& table, const QString& what)
{
    QSqlQuery list(database.connection());
    if (auto ready = prepare(list, catalogQuery); !ready)
        return std::unexpected(ready.error());
    list.addBindValue(table);
    if (auto ok = execute(list, u"listing the %1 of %2"_s.arg(what, table)); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(list);
    const int nameColumn = columns(u"name"_s);
    const int sqlColumn = columns(u"sql"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<SchemaObject> objects;
    while (list.next())
        objects.append({list.value(nameColumn).toString(), list.value(sqlColumn).toString()});
    return objects;
}

} // namespace ardesk
