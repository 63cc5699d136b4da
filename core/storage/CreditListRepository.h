#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Credit.h"
#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "domain/NameOrder.h"

namespace ardesk {

class Database;

// One line of the payment or credit-note list.
struct CreditListRow {
    CreditId id;
    QString code;
    QString customerName;
    QString customerCode;
    QDate date;
    qint64 amountMinor = 0;
    qint64 unappliedMinor = 0;
    CurrencyCode currency;
    QString method;    // payments
    QString reference; // payments
    QString reason;    // credit notes
    QDate voidDate;    // invalid while it is not void
    QString voidReason;
};

// Which payments or credit notes the list shows, and in which order; filtering and sorting
// happen in SQL.
struct CreditListQuery {
    enum class Filter { All, Unapplied };
    // In the order of the list's columns.
    enum class SortKey { Date, Code, Customer, Amount, Unapplied };

    Credit::Kind kind = Credit::Kind::Payment;
    // Contained in the code, the reference or reason, or the customer's code or name (case
    // and accents aside).
    QString search;
    Filter filter = Filter::All;
    SortKey sortKey = SortKey::Date;
    bool descending = true;                     // the latest first
    NameOrder nameOrder = NameOrder::CodePoint; // of the customers, when sorted by them

    friend bool operator==(const CreditListQuery&, const CreditListQuery&) = default;
};

class CreditListRepository {
public:
    explicit CreditListRepository(Database& database);

    Result<qint64> count(const CreditListQuery& query);
    Result<QList<CreditListRow>> page(const CreditListQuery& query, qint64 offset, int limit);

private:
    Database& m_database;
};

} // namespace ardesk
