#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include "domain/Credit.h"
#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "domain/Ids.h"

namespace ardesk {

class Database;

// An invoice as a correction reads it: every field an edit may change and its void mark.
struct CorrectableInvoice {
    InvoiceId id;
    QString number;
    CustomerId customerId;
    QDate issueDate;
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 allocatedMinor = 0; // payments, credit notes, write-offs and plans, as of now
    CurrencyCode currency;
    QString description;
    QDate discountUntil; // invalid when the invoice offers no discount
    QDate voidDate;      // invalid while the invoice is not void
    QString voidReason;
};

// A payment or credit note as a correction reads it.
struct CorrectableCredit {
    CreditId id;
    Credit::Kind kind = Credit::Kind::Payment;
    QString code;
    CustomerId customerId;
    QDate date;
    qint64 amountMinor = 0;
    qint64 unappliedMinor = 0; // now
    CurrencyCode currency;
    QDate voidDate; // invalid while the credit is not void
    QString voidReason;
};

// What a credit has applied to one invoice now (its allocations there, net of un-applications),
// and the early-payment discounts it earned there that are still booked.
struct CreditApplication {
    InvoiceId invoiceId;
    QString number;
    qint64 appliedMinor = 0;
    QList<std::pair<WriteOffId, qint64>> discounts;
};

// The reads and writes of corrections to saved documents (CorrectionLogRepository keeps the
// log). A void or an un-application never deletes an allocation: it adds a dated row.
class CorrectionRepository {
public:
    explicit CorrectionRepository(Database& database);

    // An invoice (not an installment) by number; nothing when there is none.
    Result<std::optional<CorrectableInvoice>> invoiceByNumber(const QString& number);
    // The same by id.
    Result<std::optional<CorrectableInvoice>> invoiceById(InvoiceId invoice);
    // Whether any document (invoice or installment) other than `except` has this number.
    Result<bool> numberTaken(const QString& number, InvoiceId except);
    // The latest date of any allocation to the invoice; invalid when it has none.
    Result<QDate> latestAllocationDate(InvoiceId invoice);
    // The payments and credit notes applied to the invoice now, by code, with their amounts.
    Result<QList<std::pair<QString, qint64>>> creditsAppliedTo(InvoiceId invoice);
    // Writes the invoice's number, dates, amount, description and discount deadline (its
    // creditor reference follows the number), and keeps what depends on them true: its settled
    // date, and the dates its allocations count from (the later of their own date and the
    // issue date) and the due date they carry for the KPIs.
    Result<void> updateInvoice(const CorrectableInvoice& invoice);
    Result<void> markInvoiceVoid(InvoiceId invoice, QDate date, const QString& reason);
    // What keeps the invoice from being deleted (allocations, reminders, plans, activities, a
    // recurring run …), in words; empty when nothing ever used it.
    Result<QString> invoiceUse(InvoiceId invoice);
    Result<void> deleteInvoice(InvoiceId invoice);

    Result<std::optional<CorrectableCredit>> creditByCode(Credit::Kind kind, const QString& code);
    // The invoices the credit pays now, in the order of their due dates and numbers.
    Result<QList<CreditApplication>> applications(CreditId credit);
    // The latest date of the credit's allocations and corrections; its own date at least.
    Result<QDate> lastChangeDate(CreditId credit);
    // Adds `deltaMinor` to what the credit leaves unapplied, changed on `date`.
    Result<void> changeUnapplied(CreditId credit, qint64 deltaMinor, QDate date);
    // Marks the credit void on `date`: nothing of it is unapplied from then on.
    Result<void> markCreditVoid(CreditId credit, QDate date, const QString& reason);
    Result<QString> creditUse(CreditId credit);
    Result<void> deleteCredit(CreditId credit);

private:
    // The invoice whose `column` holds `value`.
    Result<std::optional<CorrectableInvoice>> invoiceWhere(const QString& column,
                                                           const QVariant& value);

    Database& m_database;
};

} // namespace ardesk
