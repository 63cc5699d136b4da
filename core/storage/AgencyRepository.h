#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QVariant>

#include "domain/AgencyHandover.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// Customers handed over to a collection agency (table agency_handovers, schema 11). The
// caller holds the transaction of a change.
class AgencyRepository {
public:
    explicit AgencyRepository(Database& database);

    // AlreadyExists when the customer is with an agency already (one open hand-over each).
    Result<AgencyHandoverId> insert(const AgencyHandover& handover);
    // Closes the customer's open hand-over on `date`; NotFound when there is none.
    Result<void> recall(CustomerId customer, QDate date, const QString& note);
    // The hand-over not recalled yet, whatever its date.
    Result<std::optional<AgencyHandover>> open(CustomerId customer);
    // Every hand-over in force on `asOf`, by customer name and code (code-point order).
    Result<QList<AgencyHandover>> handovers(QDate asOf);
    // All of the customer's hand-overs, recalled or not, oldest first.
    Result<QList<AgencyHandover>> history(CustomerId customer);
    // Every hand-over, by customer name, code and date.
    Result<QList<AgencyHandover>> all();

private:
    Result<QList<AgencyHandover>> read(const QString& where, const QList<QVariant>& values);

    Database& m_database;
};

} // namespace ardesk
