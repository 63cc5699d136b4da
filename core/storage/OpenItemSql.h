#pragma once

#include <QString>

namespace ardesk::OpenItemSql {

// What "open as of D" means in SQL, shared by the aging and the dunning reads so both agree.
// An item can be open as of D only when issue_date <= D < settled_date: a range scan of the
// covering index invoices_aging (openRangeWhere, over `invoices i INDEXED BY invoices_aging`;
// named, because without ANALYZE statistics SQLite prefers walking invoices_by_customer, ten
// times slower on a million invoices). A plan cancelled later can give an invoice back, so an
// item in that range may still be settled as of D: select openAmountBySeek AS open and test
// `open <> 0` in the WHERE clause, which reuses the expression and its parameters.
// An open item's settled_date is '9999-12-31', the last date there is: as of that day the range
// starts a day earlier, which lets in the items settled on the last day too, and their open
// amount of 0 leaves them out again.
// Takes D twice.
inline const QString openRangeWhere =
    QStringLiteral("WHERE i.settled_date > min(?, '9999-12-30') AND i.issue_date <= ? ");

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

} // namespace ardesk::OpenItemSql
