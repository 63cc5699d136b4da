#pragma once

#include <QString>

#include "domain/Error.h"
#include "storage/BulkLoadAudit.h"
#include "storage/ForeignKeys.h"
#include "storage/SecondaryIndexes.h"

namespace ardesk {

class Database;

// What a bulk load into one ledger table sets aside while it writes and puts back at the end,
// inside the caller's transaction: the table's audit triggers (BulkLoadAudit, always), and,
// when the load is at least as big as the table already is, its secondary indexes
// (SecondaryIndexes) and its foreign keys (ForeignKeys: on a server only, where each row's
// check is a query of its own; a million invoices spent 14 s in them and the id trigger).
// Below that size, checking again every row already there costs more than it saves.
class TableBulkLoad {
public:
    TableBulkLoad(Database& database, const QString& table);

    // Before the first of about `expectedRows` rows.
    Result<void> start(qint64 expectedRows);
    // After the last: records the audit trail of the rows added, builds the indexes and checks
    // the keys over the whole table. Nothing when not started.
    Result<void> finish();

private:
    BulkLoadAudit m_audit;
    SecondaryIndexes m_indexes;
    ForeignKeys m_keys;
};

} // namespace ardesk
