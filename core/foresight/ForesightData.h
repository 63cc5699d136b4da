#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QList>

#include "domain/Error.h"
#include "foresight/PaymentModel.h"
#include "storage/ForesightRepository.h"

namespace ardesk {

class Database;

// What a prediction reads from the ledger, once: the customers with a dense index (ids are
// small integers, so the index is a vector, not a hash), every item issued up to a date, and
// the items' events (write-offs and plan take-overs, reminders, disputes), and the items open
// as of a date with their open amounts; and the payment model fitted as of that date.
struct ForesightData {
    QList<ForesightCustomer> customers;
    std::vector<int> indexById; // customer id → index into customers, -1 for none
    std::vector<int> terms;     // by index
    std::vector<ForesightItem> items;
    QHash<qint64, qint32> settledWithoutPayment; // invoice id → day of the write-off or plan
    QList<ItemEvent> reminders;
    QList<Activity> promisesAndDisputes;
    QList<ForesightOpenItem> open;       // as of the date asked for
    std::unique_ptr<PaymentModel> model; // fitted on what was paid by that date

    static Result<ForesightData> load(Database& database, QDate issuedBy, QDate openAsOf);

    int indexOf(qint64 customerId) const
    {
        return customerId >= 0 && customerId < static_cast<qint64>(indexById.size())
                   ? indexById[static_cast<size_t>(customerId)]
                   : -1;
    }
};

} // namespace ardesk
