#pragma once

#include <optional>

#include <QDate>
#include <QList>

#include "domain/Activity.h"
#include "domain/CurrencyCode.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// The activity log (table activities, schema 3) and the few facts about invoices and payments
// that its rules need.
class ActivityRepository {
public:
    explicit ActivityRepository(Database& database);

    Result<ActivityId> insert(const Activity& activity);
    Result<std::optional<Activity>> findById(ActivityId id);
    // Up to `limit` of the customer's activities, newest date first (latest entered first on
    // the same date); activities_by_customer delivers this order without a sort.
    Result<QList<Activity>> listByCustomer(CustomerId customer, int limit);
    // The open dispute on the invoice, if any (activities_open_disputes).
    Result<std::optional<ActivityId>> openDispute(InvoiceId invoice);
    Result<void> resolve(ActivityId dispute, QDate resolvedOn);

    // The customer an invoice belongs to; nullopt for an unknown invoice.
    Result<std::optional<CustomerId>> invoiceCustomer(InvoiceId invoice);
    // The sum of the customer's payments in `currency` dated from `from` to `to`, both included
    // (credit notes are no payments).
    Result<qint64> paymentsBetween(CustomerId customer, CurrencyCode currency, QDate from,
                                   QDate to);

private:
    Database& m_database;
};

} // namespace ardesk
