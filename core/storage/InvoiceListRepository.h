#pragma once

#include <QList>

#include "domain/Error.h"
#include "domain/InvoiceList.h"

namespace ardesk {

class Database;

class InvoiceListRepository {
public:
    explicit InvoiceListRepository(Database& database);

    Result<qint64> count(const InvoiceListQuery& query);
    Result<QList<InvoiceListRow>> page(const InvoiceListQuery& query, qint64 offset, int limit);

private:
    Database& m_database;
};

} // namespace ardesk
