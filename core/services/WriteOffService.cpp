#include "services/WriteOffService.h"

#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

WriteOffService::WriteOffService(Database& database)
    : m_database(database)
    , m_invoices(database)
    , m_writeOffs(database)
    , m_allocations(database)
{}

Result<InvoiceBalance> WriteOffService::invoice(const QString& number)
{
    const auto found = m_invoices.findByNumber(number);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no invoice numbered \"%1\""_s.arg(number));
    return **found;
}

Result<WriteOff> WriteOffService::writeOff(const Request& request)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = invoice(request.invoiceNumber);
    if (!found)
        return std::unexpected(found.error());

    const qint64 open = found->openMinor();
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
    if (auto ok = m_allocations.allocate(writeOff.invoiceId, *id, writeOff.date, amount); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return writeOff;
}

} // namespace ardesk
