#include "imports/ForeignInvoices.h"

#include <utility>

#include <QStringList>

#include "domain/Int128.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "imports/ForeignTable.h"
#include "imports/ForeignTranslation.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ForeignInvoices::ForeignInvoices(ForeignTable& table, CurrencyOf currencyOf)
    : m_table(table)
    , m_currencyOf(std::move(currencyOf))
{}

void ForeignInvoices::add(const ForeignInvoiceLine& line)
{
    auto it = m_byNumber.constFind(line.number);
    if (it == m_byNumber.cend()) {
        it = m_byNumber.insert(line.number, m_invoices.size());
        m_invoices.append({.line = line.row->line,
                           .number = line.number,
                           .customer = line.customer,
                           .issueDate = line.issueDate,
                           .dueDate = line.dueDate,
                           .currency = line.currency,
                           .description = line.description,
                           .currencyCode = m_currencyOf(line.customer),
                           .amountMinor = 0,
                           .failed = false});
    }
    Invoice& invoice = m_invoices[*it];
    if (!line.customer.isEmpty() && line.customer != invoice.customer) {
        m_table.error(*line.row, line.customerField,
                      u"invoice %1 is for %2 (line %3): one invoice cannot be for two customers"_s
                          .arg(invoice.number, invoice.customer)
                          .arg(invoice.line));
        invoice.failed = true;
        return;
    }
    if (line.failed) {
        invoice.failed = true;
        return;
    }
    const int minorDigits = invoice.currencyCode.minorDigits();
    const auto amount = ForeignAmount::lineMinor(line.quantity, line.price, line.percentOff,
                                                 line.amountOff, minorDigits);
    if (!amount) {
        m_table.error(*line.row, line.priceField,
                      u"the line's amount is negative after its discount, or too large"_s);
        invoice.failed = true;
        return;
    }
    const auto tax = line.tax.minor(minorDigits);
    if (!tax) {
        m_table.error(*line.row, line.taxField, u"the tax amount is too large"_s);
        invoice.failed = true;
        return;
    }
    // Summed wide: lines that add up past the largest amount are refused at the line that
    // crosses it, never wrapped into a small one.
    const auto total = narrowToQint64(Int128(invoice.amountMinor) + Int128(*amount) + Int128(*tax));
    if (!total) {
        m_table.error(
            *line.row, line.priceField,
            u"amount too large: the invoice's lines total more than %1"_s.arg(
                Money(std::numeric_limits<qint64>::max(), invoice.currencyCode).toPlainString()));
        invoice.failed = true;
        return;
    }
    invoice.amountMinor = *total;
}

void ForeignInvoices::translate(ForeignTranslation& translation, const SourceFields& fields) const
{
    const std::pair<QString, int> columns[] = {
        {u"invoice_number"_s, fields.number},  {u"customer_id"_s, fields.customer},
        {u"issue_date"_s, fields.issueDate},   {u"due_date"_s, fields.dueDate},
        {u"amount"_s, fields.amount},          {u"currency"_s, fields.currency},
        {u"description"_s, fields.description}};
    QStringList names;
    for (const auto& [name, field] : columns)
        names.append(name);
    translation.setColumns(names);
    for (const auto& [name, field] : columns)
        translation.map(name, m_table, field);
    for (const Invoice& invoice : m_invoices) {
        if (invoice.failed || !invoice.issueDate)
            continue;
        translation.append(invoice.line,
                           {invoice.number, invoice.customer, IsoDate::format(*invoice.issueDate),
                            invoice.dueDate ? IsoDate::format(*invoice.dueDate) : u""_s,
                            Money(invoice.amountMinor, invoice.currencyCode).toPlainString(),
                            invoice.currency, invoice.description});
    }
}

} // namespace ardesk
