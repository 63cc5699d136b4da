#include "storage/AllocationRepository.h"

#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AllocationRepository::AllocationRepository(Database& database)
    : m_openInvoices(database, u"SELECT id, amount - allocated FROM invoices "
                               "WHERE customer_id = ? AND allocated < amount AND issue_date <= ? "
                               "ORDER BY due_date, number"_s)
    , m_openAmount(database, u"SELECT amount - allocated FROM invoices WHERE id = ?"_s)
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
