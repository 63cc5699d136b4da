#include "storage/AuditTriggers.h"

#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SchemaObjects.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AuditTriggers::AuditTriggers(Database& database, QStringList tables)
    : m_database(database)
    , m_tables(std::move(tables))
{}

Result<void> AuditTriggers::suspend()
{
    for (const QString& table : std::as_const(m_tables)) {
        const auto triggers = schemaObjectsOfTable(
            m_database, m_database.dialect().auditTriggersOfTable(), table, u"audit triggers"_s);
        if (!triggers)
            return std::unexpected(triggers.error());
        for (const SchemaObject& trigger : *triggers) {
            m_triggers.append({.table = table, .name = trigger.name, .definition = trigger.sql});
            QSqlQuery drop(m_database.connection());
            if (auto ok =
                    executeDirectly(drop, m_database.dialect().dropTrigger(trigger.name, table),
                                    u"setting trigger "_s + trigger.name + u" aside"_s);
                !ok)
                return ok;
        }
    }
    return {};
}

Result<void> AuditTriggers::restore()
{
    const QList<Trigger> triggers = std::exchange(m_triggers, {});
    for (const Trigger& trigger : triggers) {
        QSqlQuery create(m_database.connection());
        if (auto ok = executeDirectly(create, trigger.definition,
                                      u"putting trigger "_s + trigger.name + u" back"_s);
            !ok)
            return ok;
    }
    return {};
}

} // namespace ardesk
