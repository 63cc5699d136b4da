#include "storage/AuditTriggers.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
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
        QSqlQuery list(m_database.connection());
        list.prepare(m_database.dialect().auditTriggersOfTable());
        list.addBindValue(table);
        if (auto ok = execute(list, u"listing the audit triggers of "_s + table); !ok)
            return ok;
        ResultColumns columns(list);
        const int nameColumn = columns(u"name"_s);
        const int sqlColumn = columns(u"sql"_s);
        if (auto ok = columns.check(); !ok)
            return ok;
        const qsizetype first = m_triggers.size();
        while (list.next()) {
            m_triggers.append({.table = table,
                               .name = list.value(nameColumn).toString(),
                               .definition = list.value(sqlColumn).toString()});
        }
        list.finish();
        for (qsizetype i = first; i < m_triggers.size(); ++i) {
            const Trigger& trigger = m_triggers.at(i);
            QSqlQuery drop(m_database.connection());
            if (auto ok = executeDirectly(
                    drop, m_database.dialect().dropTrigger(trigger.name, trigger.table),
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
