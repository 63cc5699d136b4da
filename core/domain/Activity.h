#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "domain/Ids.h"
#include "domain/Money.h"

namespace ardesk {

enum class ActivityKind { Call, Email, Note, Promise, Dispute };

// Where a promise to pay stands as of a date (see ActivityService::promiseStatus for the rule).
enum class PromiseStatus { Pending, Kept, Broken };

// One entry of a customer's collection log: what was said (call, e-mail, note), a promise to
// pay an amount by a date, or a dispute that holds back one invoice until it is resolved.
struct Activity {
    ActivityId id;
    CustomerId customerId;
    InvoiceId invoiceId;   // optional, except for a dispute
    QString invoiceNumber; // read back with the invoice, for display
    ActivityKind kind = ActivityKind::Note;
    QDate date; // the business date it happened on
    QString text;
    std::optional<Money> promisedAmount; // promises only
    QDate promisedDate;                  // promises only: the pay-by date
    QDate resolvedDate;                  // disputes only; null while the dispute is open

    bool isOpenDispute() const { return kind == ActivityKind::Dispute && resolvedDate.isNull(); }
};

} // namespace ardesk
