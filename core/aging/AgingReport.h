#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/AgingBuckets.h"
#include "domain/CurrencyCode.h"
#include "domain/DiscountOffer.h"
#include "domain/Ids.h"

namespace ardesk {

enum class AgingBasis { DueDate, IssueDate };

struct AgingOptions {
    QDate asOf;
    AgingBasis basis = AgingBasis::DueDate;
    AgingBuckets buckets = AgingBuckets::standard();
    QString customerCode; // empty: every customer
};

// One customer (or, in AgingSummary::totals, one currency with empty code and name).
struct AgingSummaryRow {
    QString customerCode;
    QString customerName;
    CurrencyCode currency;
    QList<qint64> bucketsMinor; // one per AgingBuckets index
    qint64 unappliedMinor = 0;  // unapplied credit, <= 0
    qint64 totalMinor = 0;      // buckets + unapplied

    // What is owed: every bucket, unapplied credit not netted (the receivables).
    qint64 openMinor() const
    {
        qint64 open = 0;
        for (qint64 amount : bucketsMinor)
            open += amount;
        return open;
    }
    // The part of it past due: every bucket but "current".
    qint64 overdueMinor() const { return openMinor() - bucketsMinor.value(0); }
};

struct AgingSummary {
    AgingBuckets buckets;
    QList<AgingSummaryRow> customers; // by name, then code (code-point order)
    QList<AgingSummaryRow> totals;    // one per currency, by currency code

    // The TOTAL row of `currency`; nothing open in it: a row of zeros.
    AgingSummaryRow totalFor(CurrencyCode currency) const
    {
        for (const AgingSummaryRow& total : totals) {
            if (total.currency == currency)
                return total;
        }
        return AgingSummaryRow{.customerCode = {},
                               .customerName = {},
                               .currency = currency,
                               .bucketsMinor = QList<qint64>(buckets.count(), 0),
                               .unappliedMinor = 0,
                               .totalMinor = 0};
    }
};

struct AgingDetailRow {
    static constexpr int unappliedBucket = -1;

    QString customerCode;
    QString customerName;
    CurrencyCode currency;
    QString document;
    QDate issueDate;
    QDate dueDate;                // null for unapplied credit
    std::optional<int> ageDays;   // empty for unapplied credit
    int bucket = unappliedBucket; // AgingBuckets index, or unappliedBucket
    qint64 openMinor = 0;         // negative for unapplied credit
    // The early-payment discount a payment dated the as-of date would still earn; none once
    // its last day has passed (DiscountOffer::earnedOn).
    DiscountOffer discount;
};

struct AgingDetail {
    AgingBuckets buckets;
    QList<AgingDetailRow> rows; // by customer name, code, due date, document
};

} // namespace ardesk
