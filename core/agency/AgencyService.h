#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/AgencyHandover.h"
#include "domain/Error.h"
#include "ledger/ActivityService.h"
#include "storage/AgencyRepository.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

class Database;

// Handing customers over to a collection agency and taking them back. While a customer is
// with an agency the dunning run leaves it out (DunningRepository's scan), and its open items
// show the state. Each change is one transaction with its note in the customer's activity log;
// bad input is InvalidInput with a detail in words, the ledger unchanged.
class AgencyService {
public:
    explicit AgencyService(Database& database);

    // From `date` the agency collects. The agency's name must not be blank, and the customer
    // must not be with an agency already.
    Result<AgencyHandover> handOver(CustomerId customer, QDate date, const QString& agency,
                                    const QString& note);
    // Takes the customer back on `date` (not before the hand-over): from that day reminders
    // may go out again.
    Result<AgencyHandover> recall(CustomerId customer, QDate date, const QString& note);

    // The hand-over not yet recalled, whatever its date.
    Result<std::optional<AgencyHandover>> current(CustomerId customer);
    // Every hand-over in force on `asOf`, by customer name and code.
    Result<QList<AgencyHandover>> handovers(QDate asOf);
    // The same, by customer: what the lists of items mark.
    Result<QHash<CustomerId, AgencyHandover>> byCustomer(QDate asOf);
    Result<QList<AgencyHandover>> history(CustomerId customer);
    // Every hand-over ever recorded, taken back or not, by customer name, code and date.
    Result<QList<AgencyHandover>> allHandovers();

    // The activity log's words for a hand-over and a recall.
    static QString handOverNote(const AgencyHandover& handover);
    static QString recallNote(const AgencyHandover& handover);

private:
    Result<Customer> customer(CustomerId id);

    Database& m_database;
    AgencyRepository m_repository;
    CustomerRepository m_customers;
    ActivityService m_activities;
};

} // namespace ardesk
