#pragma once

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
};

} // namespace ardesk
