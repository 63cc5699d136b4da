#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Credit.h"
#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "domain/Ids.h"

namespace ardesk {

class Database;

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

// A payment or credit note of the customer.
struct AccountCredit {
    CreditId id;
    Credit::Kind kind = Credit::Kind::Payment;
    QString code;
    QDate date;
    qint64 amountMinor = 0;
    qint64 unappliedMinor = 0;
    CurrencyCode currency;
    QString note; // reference (or method) of a payment, reason of a credit note
};

// The reads of one customer's account, each bounded by a per-customer index: a customer may
// have thousands of documents, and the detail view shows the first few hundred of each list.
class CustomerAccountRepository {
public:
    explicit CustomerAccountRepository(Database& database);

    Result<AccountSummary> summary(CustomerId customer, QDate asOf);
    // Oldest due date first, then document (invoices_open_by_customer).
    Result<QList<AccountOpenItem>> openItems(CustomerId customer, int limit);
    // Newest first (credits_by_customer).
    Result<QList<AccountCredit>> credits(CustomerId customer, int limit);
    Result<qint64> creditCount(CustomerId customer);

private:
    Database& m_database;
};

} // namespace ardesk
