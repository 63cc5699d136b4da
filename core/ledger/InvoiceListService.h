#pragma once

#include <QList>

#include "domain/Error.h"
#include "domain/InvoiceList.h"
#include "storage/InvoiceListRepository.h"

namespace ardesk {

class Database;

// The invoice list as the UI sees it: counted and read a page at a time, filtered and sorted
// by the database (InvoiceListQuery), so that a ledger with a million invoices is never loaded
// whole. Widgets use this, never the repository.
class InvoiceListService {
public:
    explicit InvoiceListService(Database& database);

    Result<qint64> count(const InvoiceListQuery& query);
    // Up to `limit` invoices from position `offset` of the query's order.
    Result<QList<InvoiceListRow>> page(const InvoiceListQuery& query, qint64 offset, int limit);
    // The same page of a query that matches `count` rows, read from the nearer end of the list
    // (pageFromNearerEnd): the last page of a million rows costs what the first does.
    Result<QList<InvoiceListRow>> page(const InvoiceListQuery& query, qint64 offset, int limit,
                                       qint64 count);

    // Where the invoice stands on `asOf` (the list's Status filter and sort follow the same
    // rule in SQL, in InvoiceListRepository).
    static InvoiceStatus status(const InvoiceListRow& row, QDate asOf);
    // Whole days past the due date while anything is open and no plan covers it; 0 otherwise.
    static qint64 daysOverdue(const InvoiceListRow& row, QDate asOf);

private:
    InvoiceListRepository m_repository;
};

} // namespace ardesk
