#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/DiscountOffer.h"
#include "domain/Error.h"
#include "domain/Ids.h"

class QSqlQuery;

namespace ardesk {

class Database;

// What the aging queries select: open amounts as of a date, classified by one of the
// invoice's dates against descending class starts (class k = the first k with
// date >= classStarts[k], else classStarts.size()).
struct OpenItemsQuery {
    QDate asOf;
    bool byIssueDate = false;
    QList<QDate> classStarts;
    std::optional<CustomerId> customer;
};

// One customer's open amount in one class; class -1 is its unapplied credit (positive).
struct CustomerClassAmount {
    CustomerId customerId;
    QString customerCode;
    QString customerName;
    QString currency;
    int classIndex = 0;
    qint64 amountMinor = 0;
};

// One open document as of the date: an invoice, or a credit with an unapplied remainder
// (then dueDate is null and openMinor negative).
struct OpenItemRow {
    QString customerCode;
    QString customerName;
    QString currency;
    QString document;
    QDate issueDate;
    QDate dueDate;
    qint64 openMinor = 0;
    DiscountOffer discount; // what the invoice offers for early payment
};

// The open amount in one class of all customers of one currency; class -1 is unapplied credit.
struct CurrencyClassAmount {
    QString currency;
    int classIndex = 0;
    qint64 amountMinor = 0;
};

class AgingRepository {
public:
    explicit AgingRepository(Database& database);

    // Sorted by customer name, code (code-point order), then class.
    Result<QList<CustomerClassAmount>> amountsByCustomerAndClass(const OpenItemsQuery& query);
    // Sorted by currency code, then class.
    Result<QList<CurrencyClassAmount>> amountsByCurrencyAndClass(const OpenItemsQuery& query);
    // Sorted by customer name, code, due date (unapplied credits first), document.
    Result<QList<OpenItemRow>> openItems(QDate asOf, std::optional<CustomerId> customer);
    // The same rows, handed to `visit` one at a time as SQLite steps through them, so that a
    // million open items never sit in memory; stops at the first error `visit` returns.
    Result<void> forEachOpenItem(QDate asOf, std::optional<CustomerId> customer,
                                 const std::function<Result<void>(const OpenItemRow&)>& visit);

private:
    QString classAmountsCte(const OpenItemsQuery& query) const;
    static void bindClassAmounts(QSqlQuery& sql, const OpenItemsQuery& query);

    Database& m_database;
};

} // namespace ardesk
