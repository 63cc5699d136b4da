#include "ledger/WriteOffService.h"

#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

qint64 totalOpen(const QList<OpenInvoice>& items)
{
    qint64 open = 0;
    for (const OpenInvoice& item : items)
        open += item.openMinor;
    return open;
}

} // namespace

WriteOffService::WriteOffService(Database& database)
    : m_database(database)
    , m_invoices(database)
    , m_writeOffs(database)
    , m_allocations(database)
    , m_plans(database)
{}

Result<InvoiceBalance> WriteOffService::invoice(const QString& number)
{
    return m_invoices.byNumber(number);
}

Result<QList<OpenInvoice>> WriteOffService::itemsOf(const InvoiceBalance& invoice)
{
    // A plan that took the invoice over owes it now: writing the invoice off fills the plan's
    // installments in order, like a payment.
    QList<OpenInvoice> items;
    if (invoice.openMinor() > 0)
        items.append({invoice.id, invoice.openMinor()});
    const auto plan = m_plans.activePlanOf(invoice.id);
    if (!plan)
        return std::unexpected(plan.error());
    if (*plan) {
        const auto installments = m_plans.openItems(**plan);
        if (!installments)
            return std::unexpected(installments.error());
        items.append(*installments);
    }
    return items;
}

Result<qint64> WriteOffService::openAmount(const QString& number)
{
    const auto found = invoice(number);
    if (!found)
        return std::unexpected(found.error());
    const auto items = itemsOf(*found);
    if (!items)
        return std::unexpected(items.error());
    return totalOpen(*items);
}

Result<WriteOff> WriteOffService::writeOff(const Request& request)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = invoice(request.invoiceNumber);
    if (!found)
        return std::unexpected(found.error());

    const auto items = itemsOf(*found);
    if (!items)
        return std::unexpected(items.error());
    const qint64 open = totalOpen(*items);
    const qint64 amount = request.amountMinor.value_or(open);
    if (open == 0) {
        return fail(ErrorCode::InvalidInput,
                    u"invoice %1 has nothing open to write off"_s.arg(request.invoiceNumber));
    }
    if (amount <= 0)
        return fail(ErrorCode::InvalidInput, u"the amount to write off must be positive"_s);
    if (amount > open) {
        return fail(ErrorCode::InvalidInput,
                    u"invoice %1 has only %2 open; cannot write off %3"_s.arg(
                        request.invoiceNumber,
                        Money(open, found->amount().currency()).toPlainString(),
                        Money(amount, found->amount().currency()).toPlainString()));
    }

    WriteOff writeOff{.id = {},
                      .invoiceId = found->id,
                      .date = request.date,
                      .amount = Money(amount, found->amount().currency()),
                      .reason = request.reason};
    const auto id = m_writeOffs.insert(writeOff);
    if (!id)
        return std::unexpected(id.error());
    writeOff.id = *id;
    qint64 remaining = amount;
    for (const OpenInvoice& item : *items) {
        const qint64 share = std::min(remaining, item.openMinor);
        if (share == 0)
            break;
        if (auto ok = m_allocations.allocate(item.id, *id, writeOff.date, share); !ok)
            return std::unexpected(ok.error());
        remaining -= share;
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return writeOff;
}

} // namespace ardesk
