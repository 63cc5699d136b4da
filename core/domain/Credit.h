#pragma once

#include <QDate>
#include <QString>

#include "domain/Ids.h"
#include "domain/Money.h"

namespace ardesk {

// A payment or a credit note: money credited to a customer's account and allocated to its
// invoices when recorded.
struct Credit {
    enum class Kind { Payment, CreditNote };

    CreditId id;
    Kind kind = Kind::Payment;
    QString code; // payment_id or credit_note_number
    CustomerId customerId;
    QDate date;
    Money amount;
    InvoiceId invoiceId; // the explicitly named invoice, if any
    PlanId planId;       // the explicitly named installment plan, if any
    QString method;      // payments
    QString reference;   // payments
    QString reason;      // credit notes
};

} // namespace ardesk
