#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Ids.h"
#include "domain/NameOrder.h"
#include "domain/SentReminder.h"

namespace ardesk {

// Where an invoice stands as of a date. An invoice covered by an active installment plan is
// settled by the plan's allocation, but the bookkeeper still needs to tell it from one the
// customer paid: OnPlan comes first.
enum class InvoiceStatus { Open, Overdue, Paid, OnPlan, Void };

// One line of the invoice list (kind 'I' only; installments are the plans' business).
struct InvoiceListRow {
    InvoiceId id;
    QString number;
    QString customerName;
    QString customerCode;
    QDate issueDate;
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 allocatedMinor = 0;
    CurrencyCode currency;
    bool onPlan = false;   // covered by an active plan
    bool disputed = false; // an open dispute holds it back (see ActivityService)
    QString agency;        // the collection agency the customer is with on the list's date
    QDate voidDate;        // the day it was voided; invalid while it is not
    // The last reminder sent for it on or before the list's date, none before the first. The
    // last is the highest level: a run only ever raises an item past the level last sent.
    std::optional<SentReminder> lastReminder;

    qint64 openMinor() const { return amountMinor - allocatedMinor; }
};

// Which invoices the list shows, and in which order; filtering and sorting happen in SQL.
struct InvoiceListQuery {
    enum class Filter { All, Open, Overdue, Paid, OnPlan, Disputed };
    // In the order of the list's columns.
    enum class SortKey {
        Number,
        Customer,
        IssueDate,
        DueDate,
        Amount,
        OpenAmount,
        DaysOverdue,
        Status,
        LastReminder // by level, then date
    };

    // Contained in the number, the customer's code or name (case and accents aside), or (spaces
    // aside) the invoice's creditor reference: "RF73 INV2 0260 042" finds INV-2026/0042.
    QString search;
    Filter filter = Filter::All;
    SortKey sortKey = SortKey::Number;
    bool descending = false;
    NameOrder nameOrder = NameOrder::CodePoint; // of the customers, when sorted by them
    QDate asOf; // "today" for Overdue, days overdue, status and the last reminder; must be valid

    friend bool operator==(const InvoiceListQuery&, const InvoiceListQuery&) = default;
};

} // namespace ardesk
