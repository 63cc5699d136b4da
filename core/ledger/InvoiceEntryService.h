#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "domain/AmountLimit.h"
#include "domain/Error.h"
#include "domain/Ids.h"
#include "domain/Money.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

namespace ardesk {

class Database;

// An invoice as a user enters it.
struct NewInvoice {
    CustomerId customer;
    QString number;
    QDate issueDate;
    std::optional<QDate> dueDate; // empty: the issue date plus the customer's terms
    Money amount;
    QString description;
    bool charge = false; // a reminder charge (DunningService), not a credit sale
    // The invoice's own early-payment discount (Invoice); empty: the customer's terms.
    std::optional<int> discountBasisPoints;
    QDate discountUntil;
};

// Enters one invoice by hand, under the rules of the native import (InvoiceRules): a unique
// number that does not start with PLAN-, a positive amount in the customer's currency, an
// existing customer, and the customer's terms for a missing due date.
class InvoiceEntryService {
public:
    explicit InvoiceEntryService(Database& database);

    // NotFound for an unknown customer; InvalidInput for a bad number, amount or currency;
    // AlreadyExists when the number is taken. Nothing is written then.
    // `limit`: the invoices' running total of a run that creates many (amountLimit(), read in
    // the run's transaction); without it, the table is added up for this one.
    Result<InvoiceId> create(const NewInvoice& invoice, AmountLimit* limit = nullptr);
    // The invoices' total as it stands, against AmountLimit.
    Result<AmountLimit> amountLimit();
    // Whether an invoice (not an installment) has this number already.
    Result<bool> numberTaken(const QString& number);
    // The number after the one entered last (DocumentNumber::next), when it is free; else "".
    Result<QString> suggestedNumber();

private:
    Database& m_database;
    CustomerRepository m_customers;
    InvoiceRepository m_invoices;
};

} // namespace ardesk
