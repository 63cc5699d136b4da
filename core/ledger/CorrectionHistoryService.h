#pragma once

#include <QList>

#include "domain/Correction.h"
#include "domain/Error.h"
#include "storage/CorrectionLogRepository.h"

namespace ardesk {

class Database;

// A customer's corrections, for its history (the desktop app's customer page, `correction
// list`), in the order they were made.
class CorrectionHistoryService {
public:
    explicit CorrectionHistoryService(Database& database);

    Result<QList<Correction>> forCustomer(CustomerId customer);
    // The names the log and the CSV use: invoice, payment, credit_note; edit, void, unapply,
    // apply, delete.
    static QString kindName(Correction::DocumentKind kind);
    static QString actionName(Correction::Action action);

private:
    CorrectionLogRepository m_log;
};

} // namespace ardesk
