#include "storage/AllocationRepository.h"

#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

const QString itemColumns = u"SELECT id, number, customer_id, issue_date, due_date, amount, "
                            "amount - allocated, currency FROM invoices "_s;

Result<AllocationItem> readItem(const QSqlQuery& sql)
{
    const auto currency = CurrencyCode::fromCode(sql.value(7).toString());
    const auto issued = IsoDate::parse(sql.value(3).toString());
    const auto due = IsoDate::parse(sql.value(4).toString());
    if (!currency || !issued || !due)
        return fail(ErrorCode::LedgerCorrupt,
                    u"item "_s + sql.value(1).toString() + u" has a bad currency or date"_s);
    return AllocationItem{.id = InvoiceId{sql.value(0).toLongLong()},
                          .number = sql.value(1).toString(),
                          .customerId = CustomerId{sql.value(2).toLongLong()},
                          .issueDate = *issued,
                          .dueDate = *due,
                          .amountMinor = sql.value(5).toLongLong(),
                          .openMinor = sql.value(6).toLongLong(),
                          .currency = *currency};
}

} // namespace

AllocationRepository::AllocationRepository(Database& database)
    : m_openInvoices(database, u"SELECT id, amount - allocated FROM invoices "
                               "WHERE customer_id = ? AND allocated < amount AND issue_date <= ? "
                               "ORDER BY due_date, number"_s)
    , m_openAmount(database, u"SELECT amount - allocated FROM invoices WHERE id = ?"_s)
    // Matches the partial index invoices_open_by_customer too.
    , m_openItems(database, itemColumns + u"WHERE customer_id = ? AND allocated < amount "
                                          "ORDER BY due_date, number"_s)
    , m_item(database, itemColumns + u"WHERE id = ?"_s)
    , m_insert(database, u"INSERT INTO allocations(invoice_id, credit_id, write_off_id, "
                         "plan_id, source_date, amount, effective_date, item_due_date, currency) "
                         "SELECT id, ?, ?, ?, ?, ?, max(?, issue_date), due_date, currency "
                         "FROM invoices WHERE id = ?"_s)
    , m_updateInvoice(database, u"UPDATE invoices SET allocated = allocated + ?, "
                                "settled_date = CASE WHEN allocated + ? = amount THEN "
                                "(SELECT max(source_date) FROM allocations WHERE invoice_id = ?) "
                                "ELSE '9999-12-31' END WHERE id = ?"_s)
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
    QList<OpenInvoice> result;
    while (openInvoices.next()) {
        result.append(
            {InvoiceId{openInvoices.value(0).toLongLong()}, openInvoices.value(1).toLongLong()});
    }
    openInvoices.finish();
    return result;
}

Result<qint64> AllocationRepository::openAmount(InvoiceId invoice)
{
    const auto openAmountPrepared = m_openAmount.query();
    if (!openAmountPrepared)
        return std::unexpected(openAmountPrepared.error());
    QSqlQuery& openAmount = **openAmountPrepared;
    openAmount.addBindValue(invoice.value);
    if (auto ok = execute(openAmount, u"reading an invoice balance"_s); !ok)
        return std::unexpected(ok.error());
    if (!openAmount.next())
        return fail(ErrorCode::NotFound, u"no such invoice"_s);
    const qint64 open = openAmount.value(0).toLongLong();
    openAmount.finish();
    return open;
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
    QList<AllocationItem> result;
    while (openItems.next()) {
        auto item = readItem(openItems);
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
    std::optional<AllocationItem> result;
    if (item.next()) {
        auto read = readItem(item);
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
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    // Once the allocations cover the amount, the invoice is settled as of the latest of their
    // dates (they may arrive out of date order). The CHECK on allocated refuses an over-payment.
    const auto updateInvoicePrepared = m_updateInvoice.query();
    if (!updateInvoicePrepared)
        return std::unexpected(updateInvoicePrepared.error());
    QSqlQuery& updateInvoice = **updateInvoicePrepared;

    const auto* credit = std::get_if<CreditId>(&source);
    const auto* writeOff = std::get_if<WriteOffId>(&source);
    const auto* plan = std::get_if<PlanId>(&source);
    const QString date = IsoDate::format(sourceDate);
    insert.addBindValue(optionalValue(credit ? std::optional(credit->value) : std::nullopt));
    insert.addBindValue(optionalValue(writeOff ? std::optional(writeOff->value) : std::nullopt));
    insert.addBindValue(optionalValue(plan ? std::optional(plan->value) : std::nullopt));
    insert.addBindValue(date);
    insert.addBindValue(amountMinor);
    insert.addBindValue(date);
    insert.addBindValue(invoice.value);
    if (auto ok = execute(insert, u"saving an allocation"_s); !ok)
        return ok;
    if (insert.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, u"allocation to a missing invoice"_s);

    updateInvoice.addBindValue(amountMinor);
    updateInvoice.addBindValue(amountMinor);
    updateInvoice.addBindValue(invoice.value);
    updateInvoice.addBindValue(invoice.value);
    return execute(updateInvoice, u"updating an invoice balance"_s);
}

} // namespace ardesk
