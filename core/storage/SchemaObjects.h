#pragma once

#include <QList>
#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// An object of a table's schema (an index, a trigger) and the statement that creates it again.
struct SchemaObject {
    QString name;
    QString sql;
};

// What `catalogQuery` (a SqlDialect listing, columns name and sql, the table bound) lists for
// `table`; `what` names them in an error ("indexes").
Result<QList<SchemaObject>> schemaObjectsOfTable(Database& database, const QString& catalogQuery,
                                                 const QString& table, const QString& what);

} // namespace ardesk
