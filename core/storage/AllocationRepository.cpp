#include "storage/AllocationRepository.h"

#include <algorithm>

#include <QVariant>

#include "domain/EarlyPaymentDiscount.h"
#include "domain/IsoDate.h"
#include "storage/BatchedRows.h"
#include "storage/BulkKeys.h"
#include "storage/BulkLoadAudit.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// An allocation's source in the order of the columns credit_id, write_off_id, plan_id.
QVariantList sourceValues(const AllocationSource& source)
{
    const auto* credit = std::get_if<CreditId>(&source);
    const auto* writeOff = std::get_if<WriteOffId>(&source);
    const auto* plan = std::get_if<PlanId>(&source);
    return {optionalValue(credit ? std::optional(credit->value) : std::nullopt),
            optionalValue(writeOff ? std::optional(writeOff->value) : std::nullopt),
            optionalValue(plan ? std::optional(plan->value) : std::nullopt)};
}

// The columns an offer is read from, named as discountOffer() expects them.
const QString offerColumns = u"amount, discount_bp, discount_until"_s;

DiscountOffer discountOffer(const QSqlQuery& sql, int amount, int rate, int until)
{
    const EarlyPaymentDiscount terms{
        .basisPoints = sql.value(rate).toInt(),
        .until = IsoDate::parse(sql.value(until).toString()).value_or(QDate())};
    return DiscountOffer::of(terms, sql.value(amount).toLongLong());
}

const QString itemColumns = u"SELECT id, number, customer_id, issue_date, due_date, amount, "
                            "amount - allocated AS open, currency, discount_bp, discount_until "
                            "FROM invoices "_s;

// Where itemColumns' columns are.
struct ItemColumns {
    explicit ItemColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , number(columns(u"number"_s))
        , customerId(columns(u"customer_id"_s))
        , issueDate(columns(u"issue_date"_s))
        , dueDate(columns(u"due_date"_s))
        , amount(columns(u"amount"_s))
        , open(columns(u"open"_s))
        , currency(columns(u"currency"_s))
        , discountRate(columns(u"discount_bp"_s))
        , discountUntil(columns(u"discount_until"_s))
    {}

    int id, number, customerId, issueDate, dueDate, amount, open, currency, discountRate,
        discountUntil;
};

Result<AllocationItem> readItem(const QSqlQuery& sql, const ItemColumns& at)
{
    const auto currency = CurrencyCode::fromCode(sql.value(at.currency).toString());
    const auto issued = IsoDate::parse(sql.value(at.issueDate).toString());
    const auto due = IsoDate::parse(sql.value(at.dueDate).toString());
    if (!currency || !issued || !due)
        return fail(ErrorCode::LedgerCorrupt, u"item "_s + sql.value(at.number).toString() +
                                                  u" has a bad currency or date"_s);
    return AllocationItem{.id = InvoiceId{sql.value(at.id).toLongLong()},
                          .number = sql.value(at.number).toString(),
                          .customerId = CustomerId{sql.value(at.customerId).toLongLong()},
                          .issueDate = *issued,
                          .dueDate = *due,
                          .amountMinor = sql.value(at.amount).toLongLong(),
                          .openMinor = sql.value(at.open).toLongLong(),
                          .currency = *currency,
                          .discount =
                              discountOffer(sql, at.amount, at.discountRate, at.discountUntil)};
}

const QString importItemColumns = u"SELECT id, customer_id, number, kind = 'I' AS invoice, "
                                  "issue_date, amount - allocated AS open, "_s +
                                  offerColumns + u" FROM invoices "_s;

// Where importItemColumns' columns are.
struct ImportItemColumns {
    explicit ImportItemColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , customerId(columns(u"customer_id"_s))
        , number(columns(u"number"_s))
        , invoice(columns(u"invoice"_s))
        , issueDate(columns(u"issue_date"_s))
        , open(columns(u"open"_s))
        , amount(columns(u"amount"_s))
        , discountRate(columns(u"discount_bp"_s))
        , discountUntil(columns(u"discount_until"_s))
    {}

    int id, customerId, number, invoice, issueDate, open, amount, discountRate, discountUntil;
};

// Where the columns of m_openInvoices and m_openAmount are.
struct OpenInvoiceColumns {
    explicit OpenInvoiceColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , open(columns(u"open"_s))
        , amount(columns(u"amount"_s))
        , discountRate(columns(u"discount_bp"_s))
        , discountUntil(columns(u"discount_until"_s))
    {}

    int id, open, amount, discountRate, discountUntil;
};

OpenInvoice readOpenInvoice(const QSqlQuery& sql, const OpenInvoiceColumns& at)
{
    return {.id = InvoiceId{sql.value(at.id).toLongLong()},
            .openMinor = sql.value(at.open).toLongLong(),
            .discount = discountOffer(sql, at.amount, at.discountRate, at.discountUntil)};
}

Result<QList<ImportItem>> readImportItems(QSqlQuery& sql)
{
    return readRows<ImportItem, ImportItemColumns>(
        sql, [](const QSqlQuery& row, const ImportItemColumns& at) -> Result<ImportItem> {
            const auto issued = IsoDate::parse(row.value(at.issueDate).toString());
            if (!issued) {
                return fail(ErrorCode::LedgerCorrupt, u"item "_s + row.value(at.number).toString() +
                                                          u" has a bad issue date"_s);
            }
            return ImportItem{
                .id = InvoiceId{row.value(at.id).toLongLong()},
                .customerId = CustomerId{row.value(at.customerId).toLongLong()},
                .number =
                    row.value(at.invoice).toBool() ? row.value(at.number).toString() : QString(),
                .issueDate = *issued,
                .openMinor = row.value(at.open).toLongLong(),
                .discount = discountOffer(row, at.amount, at.discountRate, at.discountUntil)};
        });
}

} // namespace

struct AllocationRepository::BulkLoad {
    BulkLoad(Database& database, qint64 firstId)
        : nextId(firstId)
        , rows(BatchedRows::selects(
              database,
              u"INSERT INTO allocations(id, invoice_id, credit_id, write_off_id, plan_id, "
              "source_date, amount, effective_date, item_due_date, currency) "
              "SELECT n.id, i.id, n.credit, n.write_off, n.plan, n.source_date, n.amount, "_s +
                  database.dialect().greatest({u"n.source_date"_s, u"i.issue_date"_s}) +
                  u", i.due_date, i.currency FROM ("_s,
              {{.name = u"id"_s, .integer = true},
               {.name = u"invoice"_s, .integer = true},
               {.name = u"credit"_s, .integer = true},
               {.name = u"write_off"_s, .integer = true},
               {.name = u"plan"_s, .integer = true},
               {.name = u"source_date"_s},
               {.name = u"amount"_s, .integer = true}},
              u") AS n JOIN invoices AS i ON i.id = n.invoice"_s, u"saving allocations"_s))
    {}

    qint64 nextId;
    BatchedRows rows;
};

AllocationRepository::AllocationRepository(Database& database)
    : m_database(database)
    , m_openInvoices(database, u"SELECT id, amount - allocated AS open, "_s + offerColumns +
                                   u" FROM invoices WHERE customer_id = ? AND allocated < amount "
                                   "AND issue_date <= ? ORDER BY due_date, number"_s)
    , m_openAmount(database, u"SELECT id, amount - allocated AS open, "_s + offerColumns +
                                 u" FROM invoices WHERE id = ?"_s)
    // Matches the partial index invoices_open_by_customer too.
    , m_openItems(database, itemColumns + u"WHERE customer_id = ? AND allocated < amount "
                                          "ORDER BY due_date, number"_s)
    , m_item(database, itemColumns + u"WHERE id = ?"_s)
    // Named placeholders, each used once: QtSql formats a name for every value bound by
    // position, and rebuilds the list of values on every run of a statement that repeats a
    // name; an import runs this a million times.
    , m_insert(database, u"INSERT INTO allocations(invoice_id, credit_id, write_off_id, "
                         "plan_id, source_date, amount, effective_date, item_due_date, currency) "
                         "SELECT id, :credit, :writeOff, :plan, :date, :amount, "_s +
                             database.dialect().greatest({u":effectiveFrom"_s, u"issue_date"_s}) +
                             u", due_date, currency FROM invoices WHERE id = :invoice"_s)
    , m_updateInvoice(database, u"UPDATE invoices SET allocated = allocated + ?, "
                                "settled_date = CASE WHEN allocated + ? = amount THEN "
                                "(SELECT max(source_date) FROM allocations WHERE invoice_id = ?) "
                                "ELSE '9999-12-31' END WHERE id = ?"_s)
    , m_importItems(database, importItemColumns + u"WHERE customer_id = ? AND allocated < amount "
                                                  "ORDER BY due_date, number"_s)
    , m_tableLoad(database, u"allocations"_s)
    // A server writes a new version of the whole row for each update and enters it in every
    // index of the table, not only in those of the columns changed as SQLite does: there each
    // index is a balance index.
    , m_balanceIndexes(database, u"invoices"_s,
                       database.dialect().isServer()
                           ? QStringList()
                           : QStringList{u"invoices_aging"_s, u"invoices_open_by_customer"_s})
{}

Result<QList<OpenInvoice>> AllocationRepository::openInvoices(CustomerId customer,
                                                              QDate issuedOnOrBefore)
{
    // Matches the partial index invoices_open_by_customer (customer_id, due_date, number).
    const auto openInvoicesPrepared = m_openInvoices.query();
    if (!openInvoicesPrepared)
        return std::unexpected(openInvoicesPrepared.error());
    QSqlQuery& openInvoices = **openInvoicesPrepared;
    openInvoices.addBindValue(customer.value);
    openInvoices.addBindValue(IsoDate::format(issuedOnOrBefore));
    if (auto ok = execute(openInvoices, u"reading open invoices"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<OpenInvoiceColumns>(openInvoices);
    if (!columns) {
        openInvoices.finish();
        return std::unexpected(columns.error());
    }
    QList<OpenInvoice> result;
    while (openInvoices.next())
        result.append(readOpenInvoice(openInvoices, *columns));
    openInvoices.finish();
    return result;
}

Result<qint64> AllocationRepository::openAmount(InvoiceId invoice)
{
    const auto open = openInvoice(invoice);
    if (!open)
        return std::unexpected(open.error());
    return open->openMinor;
}

Result<OpenInvoice> AllocationRepository::openInvoice(InvoiceId invoice)
{
    const auto openAmountPrepared = m_openAmount.query();
    if (!openAmountPrepared)
        return std::unexpected(openAmountPrepared.error());
    QSqlQuery& openAmount = **openAmountPrepared;
    openAmount.addBindValue(invoice.value);
    if (auto ok = execute(openAmount, u"reading an invoice balance"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<OpenInvoiceColumns>(openAmount);
    if (!columns) {
        openAmount.finish();
        return std::unexpected(columns.error());
    }
    if (!openAmount.next()) {
        openAmount.finish();
        return fail(ErrorCode::NotFound, u"no such invoice"_s);
    }
    const OpenInvoice open = readOpenInvoice(openAmount, *columns);
    openAmount.finish();
    return open;
}

Result<QList<AllocationItem>> AllocationRepository::allOpenItems()
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, itemColumns +
                             u"WHERE allocated < amount ORDER BY customer_id, due_date, number"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(sql, u"reading open items"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<AllocationItem, ItemColumns>(sql, readItem);
}

Result<QList<AllocationItem>> AllocationRepository::openItems(CustomerId customer)
{
    const auto openItemsPrepared = m_openItems.query();
    if (!openItemsPrepared)
        return std::unexpected(openItemsPrepared.error());
    QSqlQuery& openItems = **openItemsPrepared;
    openItems.addBindValue(customer.value);
    if (auto ok = execute(openItems, u"reading open items"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<ItemColumns>(openItems);
    if (!columns) {
        openItems.finish();
        return std::unexpected(columns.error());
    }
    QList<AllocationItem> result;
    while (openItems.next()) {
        auto item = readItem(openItems, *columns);
        if (!item) {
            openItems.finish();
            return std::unexpected(item.error());
        }
        result.append(*item);
    }
    openItems.finish();
    return result;
}

Result<std::optional<AllocationItem>> AllocationRepository::item(InvoiceId id)
{
    const auto itemPrepared = m_item.query();
    if (!itemPrepared)
        return std::unexpected(itemPrepared.error());
    QSqlQuery& item = **itemPrepared;
    item.addBindValue(id.value);
    if (auto ok = execute(item, u"reading an item"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<ItemColumns>(item);
    if (!columns) {
        item.finish();
        return std::unexpected(columns.error());
    }
    std::optional<AllocationItem> result;
    if (item.next()) {
        auto read = readItem(item, *columns);
        if (!read) {
            item.finish();
            return std::unexpected(read.error());
        }
        result = *read;
    }
    item.finish();
    return result;
}

Result<void> AllocationRepository::allocate(InvoiceId invoice, AllocationSource source,
                                            QDate sourceDate, qint64 amountMinor)
{
    if (auto ok = insertAllocation(invoice, source, sourceDate, amountMinor); !ok)
        return ok;
    return addAllocated(invoice, amountMinor);
}

Result<void> AllocationRepository::insertAllocation(InvoiceId invoice, AllocationSource source,
                                                    QDate sourceDate, qint64 amountMinor)
{
    const QString date = IsoDate::format(sourceDate);
    const QVariantList from = sourceValues(source);
    if (m_bulk) {
        return m_bulk->rows.hold({m_bulk->nextId++, invoice.value, from.at(0), from.at(1),
                                  from.at(2), date, amountMinor});
    }
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    insert.bindValue(u":credit"_s, from.at(0));
    insert.bindValue(u":writeOff"_s, from.at(1));
    insert.bindValue(u":plan"_s, from.at(2));
    insert.bindValue(u":date"_s, date);
    insert.bindValue(u":effectiveFrom"_s, date);
    insert.bindValue(u":amount"_s, amountMinor);
    insert.bindValue(u":invoice"_s, invoice.value);
    if (auto ok = execute(insert, u"saving an allocation"_s); !ok)
        return ok;
    if (insert.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, u"allocation to a missing invoice"_s);
    return {};
}

Result<void> AllocationRepository::addAllocated(InvoiceId invoice, qint64 amountMinor)
{
    // The settled date is read from the allocations, so those held back go first.
    if (auto ok = writeBatch(); !ok)
        return ok;
    // Once the allocations cover the amount, the invoice is settled as of the latest of their
    // dates (they may arrive out of date order). The CHECK on allocated refuses an over-payment.
    const auto updateInvoicePrepared = m_updateInvoice.query();
    if (!updateInvoicePrepared)
        return std::unexpected(updateInvoicePrepared.error());
    QSqlQuery& updateInvoice = **updateInvoicePrepared;
    updateInvoice.addBindValue(amountMinor);
    updateInvoice.addBindValue(amountMinor);
    updateInvoice.addBindValue(invoice.value);
    updateInvoice.addBindValue(invoice.value);
    return execute(updateInvoice, u"updating an invoice balance"_s);
}

Result<void> AllocationRepository::addAllocated(const QList<std::pair<InvoiceId, qint64>>& amounts)
{
    // Updating an invoice moves its entries in both balance indexes, several times the work
    // of building them afresh: past a quarter of the invoices, they are built again instead.
    if (auto ok = m_balanceIndexes.suspendFor(4 * amounts.size()); !ok)
        return ok;
    if (m_database.dialect().batchesBulkLoads()) {
        if (auto ok = addAllocatedBatched(amounts); !ok)
            return ok;
        return m_balanceIndexes.restore();
    }
    for (const auto& [invoice, amountMinor] : amounts) {
        if (auto ok = addAllocated(invoice, amountMinor); !ok)
            return ok;
    }
    return m_balanceIndexes.restore();
}

Result<void>
AllocationRepository::addAllocatedBatched(const QList<std::pair<InvoiceId, qint64>>& amounts)
{
    if (auto ok = writeBatch(); !ok)
        return ok;
    // As addAllocated() does one at a time; `added`, since the invoice has an amount too.
    auto rows = BatchedRows::selects(
        m_database,
        u"UPDATE invoices SET allocated = allocated + n.added, settled_date = CASE WHEN "
        "allocated + n.added = amount THEN (SELECT max(source_date) FROM allocations "
        "WHERE invoice_id = invoices.id) ELSE '9999-12-31' END FROM ("_s,
        {{.name = u"invoice"_s, .integer = true}, {.name = u"added"_s, .integer = true}},
        u") AS n WHERE invoices.id = n.invoice"_s, u"updating invoice balances"_s);
    for (const auto& [invoice, amountMinor] : amounts) {
        if (auto ok = rows.put({invoice.value, amountMinor}); !ok)
            return ok;
    }
    return rows.write();
}

AllocationRepository::~AllocationRepository() = default;

Result<void> AllocationRepository::startBulkLoad(qint64 expectedRows)
{
    if (auto ok = m_tableLoad.start(expectedRows); !ok)
        return ok;
    if (!m_database.dialect().batchesBulkLoads())
        return {};
    const auto nextId = BulkKeys::nextId(m_database, u"allocations"_s);
    if (!nextId)
        return std::unexpected(nextId.error());
    m_bulk = std::make_unique<BulkLoad>(m_database, *nextId);
    return {};
}

bool AllocationRepository::batchFull() const
{
    return m_bulk && m_bulk->rows.full();
}

Result<void> AllocationRepository::writeBatch()
{
    return m_bulk ? m_bulk->rows.write() : Result<void>{};
}

Result<void> AllocationRepository::finishBulkLoad()
{
    if (auto ok = writeBatch(); !ok)
        return ok;
    m_bulk.reset();
    return m_tableLoad.finish();
}

Result<QList<ImportItem>> AllocationRepository::importItems(CustomerId customer)
{
    const auto prepared = m_importItems.query();
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery& query = **prepared;
    query.addBindValue(customer.value);
    if (auto ok = execute(query, u"reading open items"_s); !ok)
        return std::unexpected(ok.error());
    auto items = readImportItems(query);
    query.finish();
    return items;
}

Result<QList<ImportItem>> AllocationRepository::allImportItems()
{
    // Walking invoices_open_by_customer in order and looking each row up in the table costs a
    // random page read per item (4.9 s for a million open items, measured); reading the order
    // alone from the index and the items in one pass of the table, then matching them up by
    // id, takes a fraction of that.
    QSqlQuery order(m_database.connection());
    order.setForwardOnly(true);
    if (auto ready = prepare(order, u"SELECT id FROM invoices WHERE allocated < amount "
                                    "ORDER BY customer_id, due_date, number"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(order, u"reading open items"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns orderColumns(order);
    const int orderId = orderColumns(u"id"_s);
    if (auto ok = orderColumns.check(); !ok)
        return std::unexpected(ok.error());
    QList<qint64> ids;
    while (order.next())
        ids.append(order.value(orderId).toLongLong());
    order.finish();

    QSqlQuery table(m_database.connection());
    table.setForwardOnly(true);
    if (auto ready = prepare(
            table, m_database.dialect().planned(
                       importItemColumns + u"NOT INDEXED WHERE allocated < amount ORDER BY id"_s));
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(table, u"reading open items"_s); !ok)
        return std::unexpected(ok.error());
    auto byId = readImportItems(table);
    table.finish();
    if (!byId)
        return byId;
    if (byId->size() != ids.size())
        return fail(ErrorCode::Storage, u"reading open items: the index and the table differ"_s);

    // Where in byId each item of the order is; then the items are put in that order where they
    // are, since a second list of a million items would be the import's largest allocation.
    QList<qsizetype> from;
    from.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        const auto found = std::lower_bound(
            byId->cbegin(), byId->cend(), id,
            [](const ImportItem& item, qint64 wanted) { return item.id.value < wanted; });
        if (found == byId->cend() || found->id.value != id)
            return fail(ErrorCode::Storage,
                        u"reading open items: the index and the table differ"_s);
        from.append(found - byId->cbegin());
    }
    QList<ImportItem>& items = *byId;
    // Each cycle of the permutation in turn: a place takes the item from its `from`, which then
    // takes its own; done places are marked -1.
    for (qsizetype start = 0; start < items.size(); ++start) {
        if (from.at(start) < 0)
            continue;
        ImportItem first = std::move(items[start]);
        qsizetype at = start;
        while (from.at(at) != start) {
            const qsizetype next = from.at(at);
            if (next < 0) // an id the index gives twice
                return fail(ErrorCode::Storage,
                            u"reading open items: the index and the table differ"_s);
            items[at] = std::move(items[next]);
            from[at] = -1;
            at = next;
        }
        items[at] = std::move(first);
        from[at] = -1;
    }
    return byId;
}

} // namespace ardesk
