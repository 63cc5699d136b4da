#pragma once

#include <QDate>
#include <QString>

#include "domain/Ids.h"
#include "domain/Money.h"

namespace ardesk {

// An amount taken off an invoice without money: written off as uncollectable, or a discount
// allowed for early payment. Both reduce AR from their date; neither adjusts credit sales.
struct WriteOff {
    enum class Kind { WriteOff, Discount };

    WriteOffId id;
    InvoiceId invoiceId;
    QDate date;
    Money amount;
    QString reason;
    Kind kind = Kind::WriteOff;
    CreditId creditId; // a discount: the payment that earned it
    // The row books an invoice's void (kind write-off): its whole amount leaves AR on the void
    // date through an allocation like any other, but it is no write-off (see 0015).
    bool isVoid = false;
};

} // namespace ardesk
