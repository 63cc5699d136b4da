#include "services/AllocationService.h"

#include <algorithm>

#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AllocationService::AllocationService(Database& database)
    : m_database(database)
    , m_allocations(database)
    , m_credits(database)
{}

Result<QList<AllocationService::Share>> AllocationService::plan(const Credit& credit)
{
    QList<Share> shares;
    qint64 remaining = credit.amount.minor();
    if (credit.invoiceId.isValid()) {
        const auto open = m_allocations.openAmount(credit.invoiceId);
        if (!open)
            return std::unexpected(open.error());
        const qint64 share = std::min(remaining, *open);
        if (share > 0) {
            shares.append({credit.invoiceId, share});
            remaining -= share;
        }
    }
    if (remaining == 0)
        return shares;

    const auto open = m_allocations.openInvoices(credit.customerId, credit.date);
    if (!open)
        return std::unexpected(open.error());
    for (const OpenInvoice& invoice : *open) {
        if (remaining == 0)
            break;
        if (invoice.id == credit.invoiceId)
            continue; // already took what it could in step 1
        const qint64 share = std::min(remaining, invoice.openMinor);
        shares.append({invoice.id, share});
        remaining -= share;
    }
    return shares;
}

Result<AllocationService::Recorded> AllocationService::record(const Credit& credit)
{
    if (credit.amount.minor() <= 0)
        return fail(ErrorCode::InvalidInput, u"a credit must be a positive amount"_s);

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto shares = plan(credit);
    if (!shares)
        return std::unexpected(shares.error());

    qint64 unapplied = credit.amount.minor();
    for (const Share& share : *shares)
        unapplied -= share.amountMinor;
    const auto id = m_credits.insert(credit, unapplied);
    if (!id)
        return std::unexpected(id.error());
    for (const Share& share : *shares) {
        if (auto ok = m_allocations.allocate(share.invoice, *id, credit.date, share.amountMinor);
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return Recorded{*id, unapplied};
}

} // namespace ardesk
