#pragma once

#include <QDate>
#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// A camt.053 statement of receipts for a ledger's open items, to try cash application on the
// demo company and to time it in `ardesk-cli bench`. The receipts come in the mix a bank
// account shows: most name their invoice and pay it in full, some by its creditor reference,
// some pay less than they name, and some say nothing but come from a customer's name.
class DemoBankStatement {
public:
    struct Counts {
        int receipts = 0;
    };

    // Writes `receipts` entries (fewer when the ledger has fewer open items) booked on `today`
    // to `path`, in the ledger's home currency.
    static Result<Counts> write(Database& database, const QString& path, int receipts, QDate today);
};

} // namespace ardesk
