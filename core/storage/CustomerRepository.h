#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Customer.h"
#include "domain/CustomerTerms.h"
#include "domain/Error.h"
#include "domain/NameOrder.h"
#include "storage/BulkLoadAudit.h"
#include "storage/PreparedStatement.h"

namespace ardesk {

class Database;

// One line of the customer list: the customer and where its account stands, from the stored
// current state of its items (like the invoice list's status): an invoice or installment is
// open while allocated < amount.
struct CustomerListRow {
    Customer customer;
    qint64 balanceMinor = 0; // open invoices and installments less unapplied credit
    qint64 overdueMinor = 0; // open amount of the items due before the query's asOf
    QDate oldestDue;         // earliest due date of an open item; null when nothing is open

    // Only a customer with a credit limit can be over it.
    bool overLimit() const
    {
        return customer.creditLimitMinor && balanceMinor > *customer.creditLimitMinor;
    }
};

// Which customers a list shows, and in which order; filtering happens in SQL.
struct CustomerQuery {
    enum class Filter { All, WithBalance, Overdue, OnHold, OverLimit };
    // Risk: by the scores last given to CustomerRepository::setRiskScores on this connection,
    // riskiest first when descending; customers without a score last either way.
    enum class SortKey { Name, Code, Balance, Overdue, OldestDue, CreditLimit, Risk };

    // Matched against the code (case-insensitively for ASCII) and the name, ignoring case and
    // accents (FoldedText).
    QString search;
    Filter filter = Filter::All;
    SortKey sortKey = SortKey::Name;
    bool descending = false;
    NameOrder nameOrder = NameOrder::CodePoint;
    // "Today" for the overdue amount and filter; a null date counts nothing as overdue.
    QDate asOf;

    friend bool operator==(const CustomerQuery&, const CustomerQuery&) = default;
};

class CustomerRepository {
public:
    explicit CustomerRepository(Database& database);
    ~CustomerRepository();
    CustomerRepository(const CustomerRepository&) = delete;
    CustomerRepository& operator=(const CustomerRepository&) = delete;

    // Fails with AlreadyExists when the code is taken.
    Result<CustomerId> insert(const Customer& customer);
    // A bulk load (an import of many customers, in a transaction): on a server, insert() holds
    // its rows back and writes them a batch at a time; finishBulkLoad() writes the rest and the
    // audit trail of them all (BulkLoadAudit). Only insert() may be called in between.
    Result<void> startBulkLoad();
    Result<void> finishBulkLoad();
    // Every field but the id, which picks the row; AlreadyExists when the new code is taken.
    Result<void> update(const Customer& customer);
    // Only the on-hold flag; NotFound for an unknown id.
    Result<void> setOnHold(CustomerId id, bool onHold);
    // Whether the customer has invoices, payments, credit notes or plans: its currency is then
    // fixed, since their amounts are in it.
    Result<bool> hasDocuments(CustomerId id);
    Result<std::optional<Customer>> findByCode(const QString& code);
    Result<std::optional<Customer>> findById(CustomerId id);
    // The terms of every customer, in no particular order: for bulk imports that name most.
    Result<QList<CustomerTerms>> allTerms();
    // Every customer, in no particular order.
    Result<QList<Customer>> all();
    // Every currency some customer is billed in (ISO codes, sorted).
    Result<QStringList> currencies();

    Result<qint64> count(const CustomerQuery& query);
    Result<QList<CustomerListRow>> page(const CustomerQuery& query, qint64 offset, int limit);
    // Every row of the query, in its order, handed to `visit` one at a time as SQLite steps
    // through them (exports); stops at the first error `visit` returns.
    Result<void> forEachListRow(const CustomerQuery& query,
                                const std::function<Result<void>(const CustomerListRow&)>& visit);

    // The risk scores (customer id → 0..100) the Risk order uses, replacing those given before.
    // They are computed, not kept: they live in a temporary table of this connection, gone when
    // it closes, and never touch the ledger file.
    Result<void> setRiskScores(const QList<std::pair<qint64, int>>& scores);

private:
    struct BulkLoad;

    Result<CustomerId> insertBatched(const Customer& customer);
    Result<std::optional<Customer>> findOne(QSqlQuery& query);
    // The temporary table of the risk scores, created empty the first time it is needed.
    Result<void> ensureRiskTable();

    Database& m_database;
    PreparedStatement m_insert;
    PreparedStatement m_byCode;
    BulkLoadAudit m_audit;
    std::unique_ptr<BulkLoad> m_bulk;
};

} // namespace ardesk
