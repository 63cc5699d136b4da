#include "imports/GnuCashInvoiceReader.h"

#include "imports/ForeignTable.h"
#include "imports/ForeignTranslation.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
// The fields in GnuCash's order (its manual's names).
enum Field {
    Id,
    DateOpened,
    OwnerId,
    BillingId,
    Notes,
    Date,
    Desc,
    Action,
    Account,
    Quantity,
    Price,
    DiscType,
    DiscHow,
    Discount,
    Taxable,
    TaxIncluded,
    TaxTable,
    DatePosted,
    DueDate,
    AccountPosted,
    MemoPosted,
    AccuSplits,
    FieldCount
};
} // namespace

void GnuCashInvoiceReader::read(QIODevice& device, ForeignTable& table,
                                const ForeignReadOptions& options, ForeignTranslation& translation)
{
    table.read(device, ForeignTable::detectSeparator(device, FieldCount));
    table.setFieldNames({u"id"_s,          u"date_opened"_s, u"owner_id"_s, u"billingid"_s,
                         u"notes"_s,       u"date"_s,        u"desc"_s,     u"action"_s,
                         u"account"_s,     u"quantity"_s,    u"price"_s,    u"disc_type"_s,
                         u"disc_how"_s,    u"discount"_s,    u"taxable"_s,  u"taxincluded"_s,
                         u"tax_table"_s,   u"date_posted"_s, u"due_date"_s, u"account_posted"_s,
                         u"memo_posted"_s, u"accu_splits"_s});
    const auto order = table.dateOrder({DateOpened, Date, DatePosted, DueDate}, options.dateOrder);
    if (!order)
        return;
    translation.dateOrder = order;
    ForeignInvoices invoices(table, options.currencyOf);
    QString current; // the invoice a row with a blank id continues
    for (const CsvRecord& row : table.rows()) {
        QString number = table.text(row, Id);
        if (number.isEmpty() && current.isEmpty()) {
            table.error(row, Id, u"the first row of an invoice needs its id"_s);
            continue;
        }
        const bool first = !number.isEmpty();
        if (first)
            current = number;
        ForeignInvoiceLine line{.row = &row,
                                .number = current,
                                .customer = table.text(row, OwnerId),
                                .priceField = Price,
                                .taxField = -1,
                                .customerField = OwnerId};
        bool failed = false;
        // The invoice's own fields count on its first row only; later rows leave them blank.
        if (first) {
            const auto opened = table.date(row, DateOpened, *order, false);
            const auto posted = table.date(row, DatePosted, *order, false);
            const auto due = table.date(row, DueDate, *order, false);
            failed = (!opened && !table.text(row, DateOpened).isEmpty()) ||
                     (!posted && !table.text(row, DatePosted).isEmpty()) ||
                     (!due && !table.text(row, DueDate).isEmpty());
            line.issueDate = posted ? posted : opened;
            line.dueDate = due ? due : posted;
            if (!failed && !line.issueDate) {
                table.error(row, DatePosted, u"a date is required (date_posted or date_opened)"_s);
                failed = true;
            }
            line.description = table.text(row, BillingId);
            if (line.description.isEmpty())
                line.description = table.text(row, Desc);
        }
        if (const QString value = table.text(row, Date); !value.isEmpty())
            failed = !table.date(row, Date, *order, false) || failed;
        if (table.text(row, Price).isEmpty()) {
            table.error(row, Price, u"a price is required"_s);
            failed = true;
        }
        const auto quantity = table.amount(row, Quantity, ForeignAmount::one());
        const auto price = table.amount(row, Price, ForeignAmount::zero());
        const auto discount = table.amount(row, Discount, ForeignAmount::zero());
        line.failed = failed || !quantity || !price || !discount;
        if (!line.failed) {
            line.quantity = *quantity;
            line.price = *price;
            const QString type = table.text(row, DiscType);
            (type.isEmpty() || type == u"%"_s ? line.percentOff : line.amountOff) = *discount;
        }
        invoices.add(line);
    }
    invoices.translate(translation, {.number = Id,
                                     .customer = OwnerId,
                                     .issueDate = DatePosted,
                                     .dueDate = DueDate,
                                     .amount = Price,
                                     .currency = -1,
                                     .description = BillingId});
}

} // namespace ardesk
