#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QString>

#include "domain/Error.h"
#include "domain/Int128.h"
#include "domain/Invoice.h"
#include "storage/PreparedStatement.h"
#include "storage/TableBulkLoad.h"

namespace ardesk {

class Database;

// An invoice as allocation and write-offs see it: who owes it and how much is open now.
struct InvoiceBalance {
    InvoiceId id;
    QString number;
    CustomerId customerId;
    QDate issueDate;
    qint64 amountMinor = 0;
    qint64 allocatedMinor = 0;
    CurrencyCode currency;

    qint64 openMinor() const { return amountMinor - allocatedMinor; }
    Money amount() const { return Money(amountMinor, currency); }
};

class InvoiceRepository {
public:
    explicit InvoiceRepository(Database& database);
    ~InvoiceRepository();

    // Fails with AlreadyExists when the number is taken.
    Result<InvoiceId> insert(const Invoice& invoice);
    Result<std::optional<InvoiceBalance>> findByNumber(const QString& number);
    // The number of the invoice (not installment) entered last; "" when there is none.
    Result<QString> lastNumber();

    // The sum of every amount the table holds, exactly (AmountLimit keeps it bounded).
    Result<Int128> amountTotal();

    // Inside a transaction, before about `expectedRows` inserts: the table is set up for them
    // until finishBulkLoad() (TableBulkLoad: its audit trail written at the end in one
    // statement; when they at least double it, its indexes and keys set aside). On a server
    // the rows are also written a batch at a time (see BatchedRows): until finishBulkLoad(),
    // insert() checks the number against those read at the start and those added since, and
    // the rows reach the table before this repository reads it again.
    Result<void> startBulkLoad(qint64 expectedRows);
    Result<void> finishBulkLoad();

private:
    struct BulkLoad;

    Result<InvoiceId> insertBatched(const Invoice& invoice);
    Result<void> writeBatch();

    Database& m_database;
    PreparedStatement m_insert;
    PreparedStatement m_byNumber;
    TableBulkLoad m_tableLoad;
    std::unique_ptr<BulkLoad> m_bulk;
};

} // namespace ardesk
