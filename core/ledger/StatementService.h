#pragma once

#include <QDate>
#include <QString>

#include "aging/AgingService.h"
#include "domain/Error.h"
#include "ledger/Statement.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

class Database;

// Customer statements: the aging of one customer (AgingService, due-date basis, standard
// buckets) with the customer's address and language, ready for the letters.
class StatementService {
public:
    explicit StatementService(Database& database);

    // NotFound when the ledger has no customer with this code.
    Result<Statement> statement(const QString& customerCode, const QDate& asOf);

private:
    AgingService m_aging;
    CustomerRepository m_customers;
};

} // namespace ardesk
