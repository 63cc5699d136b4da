#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Takes the audit trail's triggers (sql/*/0017_audit_trail.sql, named audit_…) off tables
// while they are written in bulk and puts them back afterwards: a copy carries the trail it
// copies, and a bulk load writes its entries in one statement (BulkLoadAudit) instead of one
// trigger call per row. Both steps run inside the caller's transaction, so a rollback brings
// the triggers back as they were; on a server they need the tables' owner, as the indexes do.
class AuditTriggers {
public:
    AuditTriggers(Database& database, QStringList tables);

    // Drops the triggers of the tables and remembers their definitions.
    Result<void> suspend();
    // Creates again what suspend() dropped; nothing when nothing was suspended.
    Result<void> restore();

private:
    struct Trigger {
        QString table;
        QString name;
        QString definition; // the CREATE TRIGGER statement, as the schema holds it
    };

    Database& m_database;
    QStringList m_tables;
    QList<Trigger> m_triggers;
};

} // namespace ardesk
