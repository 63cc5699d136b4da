#pragma once

#include <QList>

#include "domain/Error.h"
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

private:
    InvoiceListRepository m_repository;
};

} // namespace ardesk
