#pragma once

#include <QString>

namespace ardesk::OpenItemSql {

// What "open as of D" means in SQL, shared by the aging and the dunning reads so both agree.
// Open amount of each item as of the date: what is allocated now, less the allocations dated
// after it. An item can be open as of D only when issue_date <= D < settled_date: a range scan
// of the covering index invoices_aging. (A plan cancelled later can give an invoice back, so
// an item in that range may still be settled as of D: hence the open <> 0 test.)
// The indexes are named because, without ANALYZE statistics, SQLite prefers walking
// invoices_by_customer for the GROUP BY — ten times slower on a million invoices.
// Bind order: lateAllocations takes D; openInvoicesWhere takes D twice.
inline const QString lateAllocations =
    QStringLiteral("WITH late AS (SELECT invoice_id, sum(amount) AS amount "
                   "FROM allocations INDEXED BY allocations_by_date "
                   "WHERE source_date > ? GROUP BY invoice_id) ");
inline const QString openAmount = QStringLiteral("i.amount - i.allocated + coalesce(l.amount, 0)");
inline const QString openInvoicesFrom = QStringLiteral(
    "FROM invoices i INDEXED BY invoices_aging LEFT JOIN late l ON l.invoice_id = i.id ");
inline const QString openInvoicesWhere =
    QStringLiteral("WHERE i.settled_date > ? AND i.issue_date <= ? AND ") + openAmount +
    QStringLiteral(" <> 0 ");

} // namespace ardesk::OpenItemSql
