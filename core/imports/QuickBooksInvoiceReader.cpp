#include "imports/QuickBooksInvoiceReader.h"

#include "imports/ForeignTable.h"
#include "imports/ForeignTranslation.h"

using namespace Qt::StringLiterals;

namespace ardesk {

void QuickBooksInvoiceReader::read(QIODevice& device, ForeignTable& table,
                                   const ForeignReadOptions& options,
                                   ForeignTranslation& translation)
{
    table.read(device);
    if (!table.takeHeader(
            {u"*InvoiceNo"_s, u"*Customer"_s, u"*InvoiceDate"_s, u"*DueDate"_s, u"*ItemAmount"_s}))
        return;
    const int number = table.field(u"InvoiceNo"_s);
    const int customer = table.field(u"Customer"_s);
    const int invoiceDate = table.field(u"InvoiceDate"_s);
    const int dueDate = table.field(u"DueDate"_s);
    const int memo = table.field(u"Memo"_s);
    const int itemDescription = table.field(u"ItemDescription"_s);
    const int itemAmount = table.field(u"ItemAmount"_s);
    const int taxAmount = table.field(u"ItemTaxAmount"_s);
    const int currency = table.field(u"Currency"_s);

    const auto order = table.dateOrder({invoiceDate, dueDate}, options.dateOrder);
    if (!order)
        return;
    translation.dateOrder = order;
    ForeignInvoices invoices(table, options.currencyOf);
    for (const CsvRecord& row : table.rows()) {
        ForeignInvoiceLine line{.row = &row,
                                .number = table.text(row, number),
                                .customer = table.text(row, customer),
                                .issueDate = table.date(row, invoiceDate, *order, true),
                                .dueDate = table.date(row, dueDate, *order, true),
                                .currency = table.text(row, currency),
                                .priceField = itemAmount,
                                .taxField = taxAmount,
                                .customerField = customer};
        line.description = table.text(row, memo);
        if (line.description.isEmpty())
            line.description = table.text(row, itemDescription);
        if (line.number.isEmpty())
            table.error(row, number, u"a value is required"_s);
        if (table.text(row, itemAmount).isEmpty())
            table.error(row, itemAmount, u"an amount is required"_s);
        const auto amount = table.amount(row, itemAmount, ForeignAmount::zero());
        const auto tax = table.amount(row, taxAmount, ForeignAmount::zero());
        line.failed = line.number.isEmpty() || !line.issueDate || !line.dueDate ||
                      table.text(row, itemAmount).isEmpty() || !amount || !tax;
        if (!line.failed) {
            line.price = *amount;
            line.tax = *tax;
        }
        if (!line.number.isEmpty())
            invoices.add(line);
    }
    invoices.translate(translation, {.number = number,
                                     .customer = customer,
                                     .issueDate = invoiceDate,
                                     .dueDate = dueDate,
                                     .amount = itemAmount,
                                     .currency = currency,
                                     .description = memo >= 0 ? memo : itemDescription});
}

} // namespace ardesk
