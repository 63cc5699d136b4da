#pragma once

#include <QDate>

#include "domain/Error.h"

namespace ardesk {

class Database;

// The collections side of the demo company, added after its documents: two installment plans
// (one started six weeks ago with installments already overdue, one starting now), promises to
// pay (pending and broken), a disputed invoice and a few calls, e-mails and notes, so that every
// page and the customer detail have something to show. Customers are picked from the aging as
// of `today` in its own order, so the same ledger always gets the same follow-ups.
class DemoCollections {
public:
    static Result<void> add(Database& database, QDate today);
};

} // namespace ardesk
