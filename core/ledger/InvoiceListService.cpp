#include "ledger/InvoiceListService.h"

#include "ledger/NearerEndPage.h"

namespace ardesk {

InvoiceListService::InvoiceListService(Database& database)
    : m_repository(database)
{}

Result<qint64> InvoiceListService::count(const InvoiceListQuery& query)
{
    return m_repository.count(query);
}

Result<QList<InvoiceListRow>> InvoiceListService::page(const InvoiceListQuery& query, qint64 offset,
                                                       int limit)
{
    return m_repository.page(query, offset, limit);
}

Result<QList<InvoiceListRow>> InvoiceListService::page(const InvoiceListQuery& query, qint64 offset,
                                                       int limit, qint64 count)
{
    return pageFromNearerEnd(query, offset, limit, count,
                             [this](const InvoiceListQuery& read, qint64 from, int rows) {
                                 return m_repository.page(read, from, rows);
                             });
}

InvoiceStatus InvoiceListService::status(const InvoiceListRow& row, QDate asOf)
{
    // A void invoice is kept in the list, marked as such from its void date on.
    if (row.voidDate.isValid() && row.voidDate <= asOf)
        return InvoiceStatus::Void;
    if (row.onPlan)
        return InvoiceStatus::OnPlan;
    if (row.allocatedMinor >= row.amountMinor)
        return InvoiceStatus::Paid;
    return row.dueDate < asOf ? InvoiceStatus::Overdue : InvoiceStatus::Open;
}

qint64 InvoiceListService::daysOverdue(const InvoiceListRow& row, QDate asOf)
{
    if (status(row, asOf) != InvoiceStatus::Overdue)
        return 0;
    return row.dueDate.daysTo(asOf);
}

} // namespace ardesk
