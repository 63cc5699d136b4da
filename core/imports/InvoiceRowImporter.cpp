#include "imports/InvoiceRowImporter.h"

#include "domain/InvoiceRules.h"
#include "imports/AmountLimitCheck.h"
#include "imports/CustomerCheck.h"

using namespace Qt::StringLiterals;

namespace ardesk {

InvoiceRowImporter::InvoiceRowImporter(Database& database, CurrencyCode ledgerCurrency)
    : m_customers(database)
    , m_invoices(database)
    , m_ledgerCurrency(ledgerCurrency)
{}

QStringList InvoiceRowImporter::columns() const
{
    return {u"invoice_number"_s, u"customer_id"_s,      u"issue_date"_s,
            u"due_date"_s,       u"amount"_s,           u"currency"_s,
            u"description"_s,    u"discount_percent"_s, u"discount_until"_s};
}

QStringList InvoiceRowImporter::requiredColumns() const
{
    return {u"invoice_number"_s, u"customer_id"_s, u"issue_date"_s, u"amount"_s};
}

Result<void> InvoiceRowImporter::import(ImportRow& row)
{
    const auto number = row.requiredText(u"invoice_number"_s);
    if (number) {
        if (const auto problem = InvoiceRules::numberProblem(*number))
            row.error(u"invoice_number"_s, *problem);
    }
    const auto customer = customerOfRow(row, m_customers);
    if (!customer)
        return std::unexpected(customer.error());
    const CurrencyCode currency = *customer ? (*customer)->currency : m_ledgerCurrency;
    const auto issueDate = row.date(u"issue_date"_s, true);
    const auto dueDate = row.date(u"due_date"_s, false);
    const auto amount = row.amount(u"amount"_s, currency, true);
    const auto discountRate = row.percent(u"discount_percent"_s);
    const auto discountUntil = row.date(u"discount_until"_s, false);
    checkCurrencyColumn(row, currency);
    std::optional<QDate> due = dueDate;
    if (!due && issueDate && *customer) {
        due = InvoiceRules::defaultDueDate(*issueDate, (*customer)->termsDays);
        if (!due)
            row.error(u"issue_date"_s, InvoiceRules::dueDatePastLastDate((*customer)->termsDays));
    }
    if (row.failed())
        return {};
    if (auto ok = checkAmountLimit(row, m_limit, m_invoices, *amount, currency, u"invoices"_s); !ok)
        return ok;
    if (row.failed())
        return {};

    const Invoice invoice{.id = {},
                          .number = *number,
                          .customerId = (*customer)->id,
                          .issueDate = *issueDate,
                          .dueDate = *due,
                          .amount = Money(*amount, currency),
                          .description = row.text(u"description"_s),
                          .charge = false,
                          .discountBasisPoints = discountRate,
                          .discountUntil = discountUntil.value_or(QDate())};
    const auto id = m_invoices.insert(invoice);
    if (!id && id.error().code == ErrorCode::AlreadyExists) {
        row.error(u"invoice_number"_s, u"invoice \"%1\" already exists"_s.arg(*number));
        return {};
    }
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Result<void> InvoiceRowImporter::startBulk(qint64 expectedRows)
{
    if (expectedRows < bulkRows)
        return {};
    if (auto ok = m_customers.preload(); !ok)
        return ok;
    return m_invoices.startBulkLoad(expectedRows);
}

Result<void> InvoiceRowImporter::finishBulk()
{
    return m_invoices.finishBulkLoad();
}

} // namespace ardesk
