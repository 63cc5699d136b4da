#pragma once

#include <QHash>
#include <QString>

#include "domain/Error.h"
#include "domain/Ids.h"

namespace ardesk {

class Database;

// Counterparty accounts known to belong to a customer, remembered when a bank line is
// confirmed for it.
class CounterpartyRepository {
public:
    explicit CounterpartyRepository(Database& database);

    Result<QHash<QString, CustomerId>> all();
    // The account is the customer's from now on (a later confirmation for another customer
    // moves it there).
    Result<void> remember(const QString& account, CustomerId customer);

private:
    Database& m_database;
};

} // namespace ardesk
