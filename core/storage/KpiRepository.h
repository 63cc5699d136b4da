#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

#include "domain/CurrencyCode.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// A signed change to receivables: it counts in ar(d) for every d >= from, and in
// current_ar(d) while from <= d <= due. An open item (invoice or plan installment) is one
// positive change at its issue date; an allocation to it is a negative change at
// max(allocation date, issue date), since as of d it counts only once both are <= d.
// Rows are aggregates: every item or allocation with the same (from, due) in one row.
struct ArChange {
    QDate from;
    QDate due;
    qint64 amountMinor = 0;
};

// Credit-sales activity of one day: invoices issued (kind 'I' only: plan installments carry
// fees and interest, which are not sales) and credit notes dated that day.
struct DailySales {
    QDate date;
    qint64 invoicedMinor = 0;
    qint64 creditedMinor = 0;
};

// Everything the KPIs need, pre-aggregated by the database in one pass over each table, so the
// KPI service can evaluate AR at any set of dates and credit sales over any range in memory.
struct KpiActivity {
    QList<ArChange> arChanges;     // in no particular order
    QList<DailySales> sales;       // ascending by date, one row per day with activity
    QStringList leftOutCurrencies; // sorted codes of other currencies' documents
};

class KpiRepository {
public:
    explicit KpiRepository(Database& database);

    // Activity in `currency` dated on or before `until` (later documents can change nothing
    // as of `until`); documents in other currencies only show up in leftOutCurrencies.
    Result<KpiActivity> activity(CurrencyCode currency, QDate until);

private:
    Database& m_database;
};

} // namespace ardesk
