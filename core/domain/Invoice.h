#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "domain/Ids.h"
#include "domain/Money.h"

namespace ardesk {

struct Invoice {
    InvoiceId id;
    QString number;
    CustomerId customerId;
    QDate issueDate;
    QDate dueDate;
    Money amount;
    QString description;
    // A reminder charge (dunning interest and fee): receivable like any invoice, but not a
    // credit sale.
    bool charge = false;
    // The invoice's own early-payment offer instead of its customer's terms: a rate (0 offers
    // nothing) and the last day a payment earns it. Either may be left empty; then the
    // customer's rate, or issue date + the customer's discount days, applies. A reminder
    // charge never offers a discount.
    std::optional<int> discountBasisPoints;
    QDate discountUntil;
};

} // namespace ardesk
