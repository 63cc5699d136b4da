#pragma once

#include <QList>

#include "domain/Error.h"
#include "storage/CreditListRepository.h"

namespace ardesk {

class Database;

// The payment and credit-note lists as the UI sees them: counted and read a page at a time,
// filtered and sorted by the database (CreditListQuery). Widgets use this, never the
// repository.
class CreditListService {
public:
    explicit CreditListService(Database& database);

    Result<qint64> count(const CreditListQuery& query);
    // Up to `limit` credits from position `offset` of the query's order.
    Result<QList<CreditListRow>> page(const CreditListQuery& query, qint64 offset, int limit);
    // The same page of a query that matches `count` rows, read from the nearer end of the list
    // (pageFromNearerEnd): the last page of a million rows costs what the first does.
    Result<QList<CreditListRow>> page(const CreditListQuery& query, qint64 offset, int limit,
                                      qint64 count);

private:
    CreditListRepository m_repository;
};

} // namespace ardesk
