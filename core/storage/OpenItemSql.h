#pragma once

#include <QString>

#include "storage/SqlDialect.h"

namespace ardesk::OpenItemSql {

// What "open as of D" means in SQL, shared by the aging and the dunning reads so both agree.
// An item can be open as of D only when issue_date <= D < settled_date: a range scan of the
// covering index invoices_aging (openRangeWhere, over `invoices i INDEXED BY invoices_aging`;
// named, because without ANALYZE statistics SQLite prefers walking invoices_by_customer, ten
// times slower on a million invoices). A plan cancelled later can give an invoice back, so an
// item in that range may still be settled as of D: select openAmountBySeek AS open within
// openOnly(), which keeps the rows whose open amount is not 0.
// An open item's settled_date is '9999-12-31', the last date there is: as of that day the range
// starts a day earlier, which lets in the items settled on the last day too, and their open
// amount of 0 leaves them out again.
// Takes D twice.
inline QString openRangeWhere(const SqlDialect& dialect)
{
    return QStringLiteral("WHERE i.settled_date > ") +
           dialect.least({QStringLiteral("?"), QStringLiteral("'9999-12-30'")}) +
           QStringLiteral(" AND i.issue_date <= ? ");
}

// `select` (with a column `open`) as a table of the rows whose open amount is not 0. A derived
// table rather than `open` in the select's own WHERE: PostgreSQL cannot see an output column
// there; SQLite flattens it into the same scan and reuses the expression and its parameters.
inline QString openOnly(const QString& select)
{
    return QStringLiteral("SELECT * FROM (") + select +
           QStringLiteral(") AS items WHERE open <> 0 ");
}

// The open amount as of D: what is allocated now, less the allocations dated after D. Each
// invoice in the range sums its own later allocations with one seek of allocations_by_invoice,
// and none at all when D is on or after the last allocation's date (as of today, the usual
// case). Grouping every allocation after D instead is most of the table as of a date far
// back: on the 1M-invoice ledger as of 2025-06-30 that grouped 1.1M allocations into 885k
// invoices to price 44,529 open items (SQLite alone: 1.03 s, this way 0.28 s; as of the
// ledger's last day 0.26 s both). Takes D twice.
inline const QString openAmountBySeek = QStringLiteral(
    "i.amount - i.allocated + CASE WHEN ? >= (SELECT max(source_date) FROM allocations) THEN 0 "
    "ELSE coalesce((SELECT sum(a.amount) FROM allocations a INDEXED BY allocations_by_invoice "
    "WHERE a.invoice_id = i.id AND a.source_date > ?), 0) END");

// The payments and credit notes with something unapplied as of D, as a table of `columns` and
// unapplied (the amount unapplied as of D). A credit never corrected,
// or corrected last on or before D, has its unapplied column as of D: those come from
// credits_unapplied as before. One un-applied, re-applied or voided after D (changed_until > D,
// a handful) is worked out from its allocations dated on or before D, so that a report as of a
// date before a correction shows what it showed then. A voided credit's unapplied column is 0,
// and its void is its last change. `columns` are the credit's columns wanted besides
// unapplied, each named (`p.code AS code`): only those, so that the aging reads
// credits_unapplied alone as it did before. Takes D five times.
inline QString unappliedAsOf(const QString& columns)
{
    return QStringLiteral("(SELECT ") + columns +
           QStringLiteral(", p.unapplied AS unapplied FROM credits p INDEXED BY credits_unapplied "
                          "WHERE p.unapplied > 0 AND p.date <= ? AND (p.changed_until IS NULL OR "
                          "p.changed_until <= ?) UNION ALL SELECT * FROM (SELECT ") +
           columns +
           QStringLiteral(
               ", p.amount - coalesce((SELECT sum(a.amount) FROM allocations a "
               "WHERE a.credit_id = p.id AND a.source_date <= ?), 0) AS unapplied "
               "FROM credits p INDEXED BY credits_changed "
               "WHERE p.changed_until > ? AND p.date <= ?) AS changed WHERE unapplied > 0)");
}

} // namespace ardesk::OpenItemSql
