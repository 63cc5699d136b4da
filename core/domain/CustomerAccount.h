#pragma once

#include <QDate>
#include <QString>

#include "domain/Credit.h"
#include "domain/CurrencyCode.h"
#include "domain/Ids.h"

namespace ardesk {

// Where a customer's account stands now (every allocation recorded so far counted).
struct AccountSummary {
    qint64 openMinor = 0;      // open invoices and installments
    qint64 overdueMinor = 0;   // the part of it past due at the date asked
    qint64 unappliedMinor = 0; // payments and credit notes no item took (>= 0)
    qint64 openItems = 0;
    qint64 openDisputes = 0;

    qint64 balanceMinor() const { return openMinor - unappliedMinor; }
};

// An invoice or a plan's installment with something left to pay.
struct AccountOpenItem {
    InvoiceId id;
    QString document; // invoice number or PLAN-<id>/<n>
    bool installment = false;
    QDate issueDate;
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 openMinor = 0;
    CurrencyCode currency;
    bool disputed = false;

    // Days past due at `asOf`; 0 or less while not yet due.
    qint64 ageDays(QDate asOf) const { return dueDate.daysTo(asOf); }
};

// A payment or credit note of the customer, or an early-payment discount allowed to it (its
// own row of the account's history, like the payment that earned it).
struct AccountCredit {
    CreditId id; // invalid for a discount
    Credit::Kind kind = Credit::Kind::Payment;
    bool discount = false; // code = the invoice it settled, note = the payment that earned it
    QString code;
    QDate date;
    qint64 amountMinor = 0;
    qint64 unappliedMinor = 0;
    CurrencyCode currency;
    QString note;   // reference (or method) of a payment, reason of a credit note
    QDate voidDate; // invalid while it is not void
    QString voidReason;
};

} // namespace ardesk
