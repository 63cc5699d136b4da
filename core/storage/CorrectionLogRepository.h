#pragma once

#include <QList>

#include "domain/Correction.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// The corrections table: every change made to a saved document, appended, never changed.
class CorrectionLogRepository {
public:
    explicit CorrectionLogRepository(Database& database);

    Result<void> append(const Correction& correction);
    // The customer's corrections, oldest first (in the order they were made).
    Result<QList<Correction>> forCustomer(CustomerId customer);

    static QString kindName(Correction::DocumentKind kind);
    static QString actionName(Correction::Action action);

private:
    Database& m_database;
};

} // namespace ardesk
