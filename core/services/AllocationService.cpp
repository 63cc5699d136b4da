#include "services/AllocationService.h"

#include <algorithm>

#include <QHash>

#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AllocationService::AllocationService(Database& database)
    : m_database(database)
    , m_allocations(database)
    , m_credits(database)
    , m_plans(database)
{}

Result<QList<AllocationService::Share>> AllocationService::plan(const Credit& credit)
{
    QList<Share> shares;
    QHash<InvoiceId, qint64> taken;
    qint64 remaining = credit.amount.minor();
    auto take = [&](InvoiceId item, qint64 open) {
        const qint64 share = std::min(remaining, open - taken.value(item));
        if (share <= 0)
            return;
        shares.append({item, share});
        taken[item] += share;
        remaining -= share;
    };
    auto fillPlan = [&](PlanId plan) -> Result<void> {
        const auto items = m_plans.openItems(plan);
        if (!items)
            return std::unexpected(items.error());
        for (const OpenInvoice& item : *items)
            take(item.id, item.openMinor);
        return {};
    };

    if (credit.invoiceId.isValid()) {
        const auto open = m_allocations.openAmount(credit.invoiceId);
        if (!open)
            return std::unexpected(open.error());
        take(credit.invoiceId, *open);
        // A plan took the invoice over: the money goes to its installments, in order.
        const auto plan = m_plans.activePlanOf(credit.invoiceId);
        if (!plan)
            return std::unexpected(plan.error());
        if (*plan && remaining > 0) {
            if (auto filled = fillPlan(**plan); !filled)
                return std::unexpected(filled.error());
        }
    }
    if (credit.planId.isValid() && remaining > 0) {
        if (auto filled = fillPlan(credit.planId); !filled)
            return std::unexpected(filled.error());
    }
    if (remaining == 0)
        return shares;

    const auto open = m_allocations.openInvoices(credit.customerId, credit.date);
    if (!open)
        return std::unexpected(open.error());
    for (const OpenInvoice& invoice : *open) {
        if (remaining == 0)
            break;
        take(invoice.id, invoice.openMinor);
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
