#include "imports/XeroInvoiceReader.h"

#include "imports/ForeignTable.h"
#include "imports/ForeignTranslation.h"

using namespace Qt::StringLiterals;

namespace ardesk {

void XeroInvoiceReader::read(QIODevice& device, ForeignTable& table,
                             const ForeignReadOptions& options, ForeignTranslation& translation)
{
    table.read(device);
    if (!table.takeHeader({u"*ContactName"_s, u"*InvoiceNumber"_s, u"*InvoiceDate"_s, u"*DueDate"_s,
                           u"*Quantity"_s, u"*UnitAmount"_s}))
        return;
    const int contact = table.field(u"ContactName"_s);
    const int number = table.field(u"InvoiceNumber"_s);
    const int reference = table.field(u"Reference"_s);
    const int invoiceDate = table.field(u"InvoiceDate"_s);
    const int dueDate = table.field(u"DueDate"_s);
    const int description = table.field(u"Description"_s);
    const int quantity = table.field(u"Quantity"_s);
    const int unitAmount = table.field(u"UnitAmount"_s);
    const int discount = table.field(u"Discount"_s);
    const int taxAmount = table.field(u"TaxAmount"_s);
    const int currency = table.field(u"Currency"_s);

    const auto order = table.dateOrder({invoiceDate, dueDate}, options.dateOrder);
    if (!order)
        return;
    translation.dateOrder = order;
    ForeignInvoices invoices(table, options.currencyOf);
    for (const CsvRecord& row : table.rows()) {
        ForeignInvoiceLine line{.row = &row,
                                .number = table.text(row, number),
                                .customer = table.text(row, contact),
                                .issueDate = table.date(row, invoiceDate, *order, true),
                                .dueDate = table.date(row, dueDate, *order, false),
                                .currency = table.text(row, currency),
                                .priceField = unitAmount,
                                .taxField = taxAmount,
                                .customerField = contact};
        line.description = table.text(row, reference);
        if (line.description.isEmpty())
            line.description = table.text(row, description);
        const auto lineQuantity = table.amount(row, quantity, ForeignAmount::one());
        const auto price = table.amount(row, unitAmount, ForeignAmount::zero());
        const auto percent = table.amount(row, discount, ForeignAmount::zero());
        const auto tax = table.amount(row, taxAmount, ForeignAmount::zero());
        if (line.number.isEmpty())
            table.error(row, number, u"a value is required"_s);
        line.failed = line.number.isEmpty() || !line.issueDate ||
                      (!table.text(row, dueDate).isEmpty() && !line.dueDate) || !lineQuantity ||
                      !price || !percent || !tax;
        if (!line.failed) {
            line.quantity = *lineQuantity;
            line.price = *price;
            line.percentOff = *percent;
            line.tax = *tax;
        }
        if (!line.number.isEmpty())
            invoices.add(line);
    }
    invoices.translate(translation, {.number = number,
                                     .customer = contact,
                                     .issueDate = invoiceDate,
                                     .dueDate = dueDate,
                                     .amount = unitAmount,
                                     .currency = currency,
                                     .description = reference >= 0 ? reference : description});
}

} // namespace ardesk
