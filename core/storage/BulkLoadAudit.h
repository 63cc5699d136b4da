#pragma once

#include <QString>

#include "domain/Error.h"
#include "storage/AuditTriggers.h"

namespace ardesk {

class Database;

// The audit trail of a bulk load into customers, invoices, credits or allocations: while the
// load writes, the table's audit triggers are set aside; at the end one statement records the
// entries they would have written for the rows added (created, or allocated and unapplied),
// signed like theirs (the view audit_signature), each table's entries in the order of its
// rows. One call per row made an import of 100,000 payments take 60% longer on SQLite.
// What the statements record must stay what the triggers record: TestAuditTrail compares a
// bulk import with the same rows imported one by one.
class BulkLoadAudit {
public:
    BulkLoadAudit(Database& database, QString table);

    // Notes the table's largest id and sets its audit triggers aside.
    Result<void> start();
    // Records the rows added since start() and puts the triggers back; nothing when not started.
    Result<void> finish();

private:
    Database& m_database;
    QString m_table;
    AuditTriggers m_triggers;
    qint64 m_lastIdBefore = -1; // -1 while not started
};

} // namespace ardesk
