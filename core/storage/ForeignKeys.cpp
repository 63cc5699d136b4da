#include "storage/ForeignKeys.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlNames.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ForeignKeys::ForeignKeys(Database& database, QStringList tables)
    : m_database(database)
    , m_tables(std::move(tables))
{}

Result<void> ForeignKeys::suspend()
{
    const QString list = m_database.dialect().foreignKeysOfTable();
    if (list.isEmpty())
        return {};
    for (const QString& table : std::as_const(m_tables)) {
        QSqlQuery keys(m_database.connection());
        if (auto ready = prepare(keys, list); !ready)
            return std::unexpected(ready.error());
        keys.addBindValue(table);
        if (auto ok = execute(keys, u"listing the foreign keys of "_s + table); !ok)
            return ok;
        ResultColumns columns(keys);
        const int nameColumn = columns(u"name"_s);
        const int definitionColumn = columns(u"definition"_s);
        if (auto ok = columns.check(); !ok)
            return ok;
        while (keys.next()) {
            m_keys.append({.table = table,
                           .name = keys.value(nameColumn).toString(),
                           .definition = keys.value(definitionColumn).toString()});
        }
    }
    for (const Key& key : std::as_const(m_keys)) {
        QSqlQuery drop(m_database.connection());
        if (auto ok = executeDirectly(drop,
                                      u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(
                                          quotedName(key.table), quotedName(key.name)),
                                      u"setting the key "_s + key.name + u" aside"_s);
            !ok)
            return ok;
    }
    return {};
}

Result<void> ForeignKeys::restore()
{
    for (const Key& key : std::as_const(m_keys)) {
        QSqlQuery add(m_database.connection());
        if (auto ok =
                executeDirectly(add,
                                u"ALTER TABLE %1 ADD CONSTRAINT %2 %3"_s.arg(
                                    quotedName(key.table), quotedName(key.name), key.definition),
                                u"checking the key "_s + key.name);
            !ok)
            return ok;
    }
    m_keys.clear();
    return {};
}

} // namespace ardesk
