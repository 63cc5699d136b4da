#pragma once

#include <memory>

#include "domain/Credit.h"
#include "domain/Error.h"
#include "domain/Int128.h"
#include "storage/PreparedStatement.h"
#include "storage/TableBulkLoad.h"

namespace ardesk {

class Database;

// Payments and credit notes.
class CreditRepository {
public:
    explicit CreditRepository(Database& database);
    ~CreditRepository();

    // Stores a credit with the part of it no invoice took; fails with AlreadyExists when its
    // code is taken for its kind.
    Result<CreditId> insert(const Credit& credit, qint64 unappliedMinor);
    // The code of the credit of this kind recorded last; "" when there is none.
    Result<QString> lastCode(Credit::Kind kind);
    Result<bool> codeTaken(Credit::Kind kind, const QString& code);

    // The sum of every amount the table holds, exactly (AmountLimit keeps it bounded).
    Result<Int128> amountTotal();

    // Inside a transaction, before about `expectedRows` inserts: the table is set up for them
    // until finishBulkLoad() (TableBulkLoad: its audit trail written at the end in one
    // statement; when they at least double it, its indexes and keys set aside). On a server
    // the credits are also written a batch at a time (see BatchedRows), with their codes
    // checked against those read at the start and those added since: writeBatch() writes those
    // still held back, before rows that refer to them; so do the reads here.
    Result<void> startBulkLoad(qint64 expectedRows);
    Result<void> writeBatch();
    Result<void> finishBulkLoad();

private:
    struct BulkLoad;

    Result<CreditId> insertBatched(const Credit& credit, qint64 unappliedMinor);

    Database& m_database;
    PreparedStatement m_insert;
    PreparedStatement m_lastCode;
    PreparedStatement m_codeTaken;
    TableBulkLoad m_tableLoad;
    std::unique_ptr<BulkLoad> m_bulk;
};

} // namespace ardesk
