#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Customer.h"
#include "domain/Error.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

class Database;

// The customer list as the UI sees it: counted and read a page at a time, filtered and sorted
// by the database (CustomerQuery), so that a ledger with 100,000 customers never has to be
// loaded whole; and customers added and edited one at a time. Widgets use this, never the
// repository.
class CustomerService {
public:
    explicit CustomerService(Database& database);

    Result<qint64> count(const CustomerQuery& query);
    // Up to `limit` customers from position `offset` of the query's order, each with its
    // balance, overdue amount and oldest due date.
    Result<QList<CustomerListRow>> page(const CustomerQuery& query, qint64 offset, int limit);
    // The scores the Risk order of count()/page() uses (ForesightService::risk, by customer id).
    Result<void> setRiskScores(const QList<std::pair<qint64, int>>& scores);
    // Every customer of the query, in its order, one at a time without holding the list
    // (exports); stops at the first error `visit` returns.
    Result<void> forEachRow(const CustomerQuery& query,
                            const std::function<Result<void>(const CustomerListRow&)>& visit);
    // NotFound for an unknown id.
    Result<Customer> find(CustomerId id);
    // The customer with this code (the customer_id of files and the command line); NotFound
    // otherwise.
    Result<Customer> findByCode(const QString& code);

    // Both check every field (CustomerRules) and that the code is free, and fail with
    // InvalidInput and a detail naming the first problem; the ledger is then unchanged.
    Result<CustomerId> create(const Customer& customer);
    // An edit of `asRead`, the customer as the editor read it. Also refuses a new currency
    // once the customer has documents in the old one; and when the ledger's customer is no
    // longer `asRead` (another user saved it, or put it on hold, since), ChangedMeanwhile, so
    // that no one's change is lost unseen.
    Result<void> update(const Customer& customer, const Customer& asRead);
    // Puts the customer on hold (the dunning run leaves it out) or takes it off, with a note
    // in its activity log dated `date` saying so and why (`reason` may be empty), in one
    // transaction. InvalidInput when it already is in that state, NotFound for an unknown id.
    Result<void> putOnHold(CustomerId id, QDate date, const QString& reason);
    Result<void> release(CustomerId id, QDate date, const QString& reason);
    // The activity log's words for a hold and a release.
    static QString holdNote(bool onHold, const QString& reason);

    // Whether another customer than `self` has this code (for telling the user while typing).
    Result<bool> isCodeTaken(const QString& code, CustomerId self = {});
    // Whether the customer has invoices, payments, credit notes or plans (its currency is
    // then fixed).
    Result<bool> hasDocuments(CustomerId id);

private:
    static Result<void> validate(const Customer& customer);
    Result<void> setOnHold(CustomerId id, bool onHold, QDate date, const QString& reason);

    Database& m_database;
    CustomerRepository m_repository;
};

} // namespace ardesk
