#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/Customer.h"
#include "domain/CustomerTerms.h"
#include "domain/Error.h"
#include "storage/PreparedStatement.h"

namespace ardesk {

class Database;

// Which customers a list shows, and in which order; filtering happens in SQL.
struct CustomerQuery {
    enum class SortKey { Name, Code };

    QString search; // matched against code and name, case-insensitively for ASCII
    SortKey sortKey = SortKey::Name;
    bool descending = false;
};

class CustomerRepository {
public:
    explicit CustomerRepository(Database& database);

    // Fails with AlreadyExists when the code is taken.
    Result<CustomerId> insert(const Customer& customer);
    // Every field but the id, which picks the row; AlreadyExists when the new code is taken.
    Result<void> update(const Customer& customer);
    // Whether the customer has invoices, payments, credit notes or plans: its currency is then
    // fixed, since their amounts are in it.
    Result<bool> hasDocuments(CustomerId id);
    Result<std::optional<Customer>> findByCode(const QString& code);
    Result<std::optional<Customer>> findById(CustomerId id);
    // The terms of every customer, in no particular order: for bulk imports that name most.
    Result<QList<CustomerTerms>> allTerms();

    Result<qint64> count(const CustomerQuery& query);
    Result<QList<Customer>> page(const CustomerQuery& query, qint64 offset, int limit);

private:
    Result<std::optional<Customer>> findOne(QSqlQuery& query);

    Database& m_database;
    PreparedStatement m_insert;
    PreparedStatement m_byCode;
};

} // namespace ardesk
