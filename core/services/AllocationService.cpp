#include "services/AllocationService.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "domain/DocumentNumber.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

Result<void> checkAmount(const Credit& credit)
{
    if (credit.amount.minor() <= 0)
        return fail(ErrorCode::InvalidInput, u"a credit must be a positive amount"_s);
    return {};
}

} // namespace

AllocationService::AllocationService(Database& database)
    : m_database(database)
    , m_allocations(database)
    , m_credits(database)
    , m_plans(database)
{}

Result<QList<AllocationItem>> AllocationService::openItems(CustomerId customer)
{
    return m_allocations.openItems(customer);
}

Result<bool> AllocationService::codeTaken(Credit::Kind kind, const QString& code)
{
    return m_credits.codeTaken(kind, code);
}

Result<QString> AllocationService::suggestedCode(Credit::Kind kind)
{
    const auto last = m_credits.lastCode(kind);
    if (!last)
        return last;
    const QString next = DocumentNumber::next(*last);
    if (next.isEmpty())
        return next;
    const auto taken = m_credits.codeTaken(kind, next);
    if (!taken)
        return std::unexpected(taken.error());
    return *taken ? QString() : next;
}

Result<QList<AllocationShare>> AllocationService::propose(CustomerId customer, const Money& amount,
                                                          QDate date, InvoiceId invoice)
{
    return plan(
        Credit{.customerId = customer, .date = date, .amount = amount, .invoiceId = invoice});
}

Result<QList<AllocationShare>> AllocationService::plan(const Credit& credit)
{
    QList<AllocationShare> shares;
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

Result<void> AllocationService::checkShares(const Credit& credit,
                                            const QList<AllocationShare>& shares)
{
    const CurrencyCode currency = credit.amount.currency();
    QSet<InvoiceId> seen;
    qint64 total = 0;
    for (const AllocationShare& share : shares) {
        const auto item = m_allocations.item(share.item);
        if (!item)
            return std::unexpected(item.error());
        if (!*item)
            return fail(ErrorCode::NotFound, u"no item with id %1"_s.arg(share.item.value));
        const QString number = (*item)->number;
        if (share.amountMinor <= 0)
            return fail(ErrorCode::InvalidInput,
                        u"the share for %1 must be a positive amount"_s.arg(number));
        if (seen.contains(share.item))
            return fail(ErrorCode::InvalidInput, u"%1 has more than one share"_s.arg(number));
        seen.insert(share.item);
        if ((*item)->customerId != credit.customerId)
            return fail(ErrorCode::InvalidInput, u"%1 belongs to another customer"_s.arg(number));
        if ((*item)->currency != currency)
            return fail(ErrorCode::InvalidInput,
                        u"%1 is in %2, the credit in %3"_s.arg(number, (*item)->currency.code(),
                                                               currency.code()));
        if (share.amountMinor > (*item)->openMinor)
            return fail(ErrorCode::InvalidInput,
                        u"%1 has only %2 open; cannot allocate %3"_s.arg(
                            number, Money((*item)->openMinor, currency).toPlainString(),
                            Money(share.amountMinor, currency).toPlainString()));
        total += share.amountMinor;
    }
    if (total > credit.amount.minor())
        return fail(ErrorCode::InvalidInput,
                    u"the shares add up to %1, more than the credit's %2"_s.arg(
                        Money(total, currency).toPlainString(), credit.amount.toPlainString()));
    return {};
}

Result<AllocationService::Recorded> AllocationService::write(const Credit& credit,
                                                             const QList<AllocationShare>& shares)
{
    qint64 unapplied = credit.amount.minor();
    for (const AllocationShare& share : shares)
        unapplied -= share.amountMinor;
    const auto id = m_credits.insert(credit, unapplied);
    if (!id)
        return std::unexpected(id.error());
    for (const AllocationShare& share : shares) {
        if (auto ok = m_allocations.allocate(share.item, *id, credit.date, share.amountMinor); !ok)
            return std::unexpected(ok.error());
    }
    return Recorded{*id, unapplied};
}

Result<AllocationService::Recorded> AllocationService::record(const Credit& credit)
{
    if (auto ok = checkAmount(credit); !ok)
        return std::unexpected(ok.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto shares = plan(credit);
    if (!shares)
        return std::unexpected(shares.error());
    const auto recorded = write(credit, *shares);
    if (!recorded)
        return recorded;
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return recorded;
}

Result<AllocationService::Recorded> AllocationService::record(const Credit& credit,
                                                              const QList<AllocationShare>& shares)
{
    if (auto ok = checkAmount(credit); !ok)
        return std::unexpected(ok.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = checkShares(credit, shares); !ok)
        return std::unexpected(ok.error());
    const auto recorded = write(credit, shares);
    if (!recorded)
        return recorded;
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return recorded;
}

} // namespace ardesk
