#pragma once

#include <memory>

#include <variant>

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/DiscountOffer.h"
#include "domain/Error.h"
#include "domain/Ids.h"
#include "storage/PreparedStatement.h"
#include "storage/SecondaryIndexes.h"
#include "storage/TableBulkLoad.h"

namespace ardesk {

class Database;

// What an amount moved onto an invoice came from.
// A plan source takes an invoice over (positive) or gives it back when cancelled (negative).
using AllocationSource = std::variant<CreditId, WriteOffId, PlanId>;

struct OpenInvoice {
    InvoiceId id;
    qint64 openMinor = 0;
    DiscountOffer discount; // installments and charges offer none
};

// An item money can be allocated to (an invoice, or a plan's installment), as it stands now.
struct AllocationItem {
    InvoiceId id;
    QString number; // an installment's is PLAN-<plan>/<n>
    CustomerId customerId;
    QDate issueDate;
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 openMinor = 0;
    CurrencyCode currency;
    DiscountOffer discount; // what the item offers for early payment
};

// An item with something open, as an import of many credits keeps it in memory
// (AllocationService::beginImport).
struct ImportItem {
    InvoiceId id;
    CustomerId customerId;
    QString number; // invoices only: an installment's stays empty, since no link names one
    QDate issueDate;
    qint64 openMinor = 0;
    DiscountOffer discount;
};

class AllocationRepository {
public:
    explicit AllocationRepository(Database& database);
    ~AllocationRepository();

    // The customer's invoices with something open now, issued on or before `issuedOnOrBefore`,
    // oldest due date first, then lowest number (plain string order).
    Result<QList<OpenInvoice>> openInvoices(CustomerId customer, QDate issuedOnOrBefore);

    // What is open on the invoice now (all allocations counted).
    Result<qint64> openAmount(InvoiceId invoice);
    // The same with what the invoice offers for early payment; NotFound for no such invoice.
    Result<OpenInvoice> openInvoice(InvoiceId invoice);

    // Every item of the customer with something open now, whatever its issue date, in the
    // order of openInvoices().
    Result<QList<AllocationItem>> openItems(CustomerId customer);
    // Every customer's, by customer id and then in that order (the bank matcher's view).
    Result<QList<AllocationItem>> allOpenItems();
    // One item (open or not); nothing when there is no such item.
    Result<std::optional<AllocationItem>> item(InvoiceId id);

    // Moves `amountMinor` (at most the invoice's open amount) from `source`, dated
    // `sourceDate`, onto the invoice, and keeps the invoice's allocated/settled columns true.
    // Negative amounts take money off again: a cancelled plan gives its invoices back, and a
    // plan dated back takes from its invoices what later documents had paid of them.
    Result<void> allocate(InvoiceId invoice, AllocationSource source, QDate sourceDate,
                          qint64 amountMinor);

    // For an import that allocates many credits and keeps the open amounts in memory: the
    // customer's items with something open now, in the order of openInvoices(); and every
    // customer's at once, by customer id and then in that order.
    Result<QList<ImportItem>> importItems(CustomerId customer);
    Result<QList<ImportItem>> allImportItems();
    // allocate() in its two steps, for such an import: the allocation row as each credit is
    // recorded, and the invoice's columns once at the end, with all the import put on it.
    Result<void> insertAllocation(InvoiceId invoice, AllocationSource source, QDate sourceDate,
                                  qint64 amountMinor);
    Result<void> addAllocated(InvoiceId invoice, qint64 amountMinor);
    // addAllocated() for many invoices at once, in the order given.
    Result<void> addAllocated(const QList<std::pair<InvoiceId, qint64>>& amounts);
    // Inside a transaction, before about `expectedRows` inserts: the table is set up for them
    // until finishBulkLoad() (TableBulkLoad: its audit trail written at the end in one
    // statement; when they at least double it, its indexes and keys set aside). On a server
    // insertAllocation() also holds its rows back, to be written a batch at a time (see
    // BatchedRows) by writeBatch(), which the caller runs once the credits they refer to are
    // written; addAllocated() and finishBulkLoad() write them first.
    Result<void> startBulkLoad(qint64 expectedRows);
    bool batchFull() const;
    Result<void> writeBatch();
    Result<void> finishBulkLoad();

private:
    struct BulkLoad;

    Result<void> addAllocatedBatched(const QList<std::pair<InvoiceId, qint64>>& amounts);

    Database& m_database;
    PreparedStatement m_openInvoices;
    PreparedStatement m_openAmount;
    PreparedStatement m_openItems;
    PreparedStatement m_item;
    PreparedStatement m_insert;
    PreparedStatement m_updateInvoice;
    PreparedStatement m_importItems;
    TableBulkLoad m_tableLoad;
    // The invoices' indexes an update of what is allocated or when it was settled writes to.
    SecondaryIndexes m_balanceIndexes;
    std::unique_ptr<BulkLoad> m_bulk;
};

} // namespace ardesk
