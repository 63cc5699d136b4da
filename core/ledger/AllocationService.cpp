#include "ledger/AllocationService.h"

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

// An import's copy of the open items of the customers its credits named so far. The import
// itself is the only writer while it runs, so the copy stays true without asking the ledger
// again; an item not in it was not open when its customer was read (or its customer was not
// read), so the import has not touched it and the ledger's figures for it are current.
struct AllocationService::ImportState {
    // Each read customer's items together, in the order rule 2 takes them.
    QList<ImportItem> items;
    // What the import put on each item (by index in items), for finishImport() to write.
    QList<qint64> addedMinor;
    QHash<InvoiceId, qsizetype> byId;
    QHash<QString, qsizetype> invoicesByNumber; // invoices, not installments
    // Where each read customer's items are in items: [first, end). first moves past the items
    // at the front that the import paid off, so a customer with many is not walked from the
    // start for every credit.
    QHash<CustomerId, std::pair<qsizetype, qsizetype>> customers;
    bool everyCustomer = false; // read at once: a customer not in customers has nothing open
    QHash<InvoiceId, PlanId> activePlans;
    QHash<PlanId, QList<InvoiceId>> installments;

    void add(QList<ImportItem>&& read)
    {
        const qsizetype first = items.size();
        // The items of every customer, read at once, are taken as they are: a copy would hold
        // a million items twice for a moment. Later customers' are appended (growing as a
        // QList grows, not to the exact size each time, which would copy all so far).
        if (items.isEmpty())
            items = std::move(read);
        else
            items.append(std::move(read));
        addedMinor.resize(items.size());
        for (qsizetype at = first; at < items.size(); ++at) {
            const ImportItem& item = items.at(at);
            byId.insert(item.id, at);
            if (!item.number.isEmpty())
                invoicesByNumber.insert(item.number, at);
            auto range = customers.find(item.customerId);
            if (range == customers.end())
                customers.insert(item.customerId, {at, at + 1});
            else
                range->second = at + 1; // the repository reads a customer's items together
        }
    }
};

class AllocationService::LedgerReads {
public:
    explicit LedgerReads(AllocationService& service)
        : m_service(service)
    {}

    Result<OpenInvoice> openInvoice(InvoiceId invoice)
    {
        return m_service.m_allocations.openInvoice(invoice);
    }
    Result<std::optional<PlanId>> activePlanOf(InvoiceId invoice)
    {
        return m_service.m_plans.activePlanOf(invoice);
    }
    Result<QList<OpenInvoice>> planItems(PlanId plan) { return m_service.m_plans.openItems(plan); }
    // Calls take(item, open) for rule 2's items in order until it returns false.
    template <typename Take>
    Result<void> openInvoices(CustomerId customer, QDate issuedOnOrBefore, Take take)
    {
        const auto open = m_service.m_allocations.openInvoices(customer, issuedOnOrBefore);
        if (!open)
            return std::unexpected(open.error());
        for (const OpenInvoice& invoice : *open) {
            if (!take(invoice))
                break;
        }
        return {};
    }

private:
    AllocationService& m_service;
};

class AllocationService::ImportReads {
public:
    ImportReads(AllocationService& service, ImportState& state)
        : m_service(service)
        , m_state(state)
    {}

    Result<OpenInvoice> openInvoice(InvoiceId invoice)
    {
        const auto at = m_state.byId.constFind(invoice);
        if (at == m_state.byId.cend())
            return m_service.m_allocations.openInvoice(invoice);
        const ImportItem& item = m_state.items.at(*at);
        return OpenInvoice{item.id, item.openMinor, item.discount};
    }
    Result<std::optional<PlanId>> activePlanOf(InvoiceId invoice)
    {
        const auto plan = m_state.activePlans.constFind(invoice);
        return plan == m_state.activePlans.cend() ? std::nullopt : std::optional(*plan);
    }
    Result<QList<OpenInvoice>> planItems(PlanId plan)
    {
        auto installments = m_state.installments.constFind(plan);
        if (installments == m_state.installments.cend()) {
            auto read = m_service.m_plans.installments(plan);
            if (!read)
                return std::unexpected(read.error());
            installments = m_state.installments.insert(plan, std::move(*read));
        }
        QList<OpenInvoice> items;
        for (const InvoiceId id : *installments) {
            const auto open = openInvoice(id);
            if (!open)
                return std::unexpected(open.error());
            if (open->openMinor > 0)
                items.append(*open);
        }
        return items;
    }
    template <typename Take>
    Result<void> openInvoices(CustomerId customer, QDate issuedOnOrBefore, Take take)
    {
        const auto range = m_state.customers.find(customer);
        if (range == m_state.customers.end())
            return {};
        auto& [first, end] = *range;
        while (first < end && m_state.items.at(first).openMinor == 0)
            ++first;
        for (qsizetype i = first; i < end; ++i) {
            const ImportItem& item = m_state.items.at(i);
            if (item.openMinor == 0 || item.issueDate > issuedOnOrBefore)
                continue;
            if (!take(OpenInvoice{item.id, item.openMinor, item.discount}))
                break;
        }
        return {};
    }

private:
    AllocationService& m_service;
    ImportState& m_state;
};

AllocationService::AllocationService(Database& database)
    : m_database(database)
    , m_allocations(database)
    , m_credits(database)
    , m_plans(database)
    , m_writeOffs(database)
{}

AllocationService::~AllocationService() = default;

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

template <typename Reads>
Result<QList<AllocationShare>> AllocationService::plan(const Credit& credit, Reads& reads,
                                                       const QList<InvoiceId>& namedFirst)
{
    QList<AllocationShare> shares;
    // The early-payment discount each share's item could still give (0: none), by index.
    QList<qint64> offered;
    QHash<InvoiceId, qint64> taken; // paid and discounted of each item
    qint64 remaining = credit.amount.minor();
    const bool payment = credit.kind == Credit::Kind::Payment;
    auto take = [&](const OpenInvoice& item) {
        const qint64 left = item.openMinor - taken.value(item.id);
        const qint64 share = std::min(remaining, left);
        if (share <= 0)
            return;
        // Only a payment's first share of an item within the offer's days earns its discount,
        // and only while the discount is less than what is left (something must be paid).
        const bool firstTouch = !taken.contains(item.id);
        const qint64 discount = payment && firstTouch && item.discount.earnedOn(credit.date, left)
                                    ? item.discount.discountMinor
                                    : 0;
        shares.append({item.id, share});
        offered.append(discount);
        taken[item.id] += share;
        remaining -= share;
        if (share == left)
            return;
        // The money ran out on this item. When the discounts still offered by it and the
        // items before it, the latest first, make up the shortfall, the payer took them: the
        // money they free settles this item. Of those, any the money left over can pay
        // after all is not allowed (the latest first again), so that a payment of all but one
        // discount takes just that one; what is left then goes on by the rule.
        const qint64 shortfall = left - share;
        qint64 allowed = 0;
        qsizetype from = shares.size();
        while (allowed < shortfall && from > 0) {
            --from;
            allowed += offered.at(from);
        }
        if (allowed < shortfall)
            return;
        qint64 spare = allowed - shortfall;
        for (qsizetype i = shares.size() - 1; i >= from; --i) {
            const qint64 allowedHere = offered.at(i);
            offered[i] = 0;
            if (allowedHere == 0)
                continue;
            if (allowedHere <= spare) {
                spare -= allowedHere;
                continue;
            }
            shares[i].amountMinor -= allowedHere;
            shares[i].discountMinor = allowedHere;
        }
        shares.last().amountMinor += shortfall;
        taken[item.id] = item.openMinor;
        remaining = spare;
    };
    auto fillPlan = [&](PlanId plan) -> Result<void> {
        const auto items = reads.planItems(plan);
        if (!items)
            return std::unexpected(items.error());
        for (const OpenInvoice& item : *items)
            take(item);
        return {};
    };

    QList<InvoiceId> named = namedFirst;
    if (credit.invoiceId.isValid())
        named.prepend(credit.invoiceId);
    for (InvoiceId item : named) {
        if (remaining == 0)
            break;
        const auto open = reads.openInvoice(item);
        if (!open)
            return std::unexpected(open.error());
        take(*open);
        // A plan took the invoice over: the money goes to its installments, in order.
        const auto plan = reads.activePlanOf(item);
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

    const auto walked =
        reads.openInvoices(credit.customerId, credit.date, [&](const OpenInvoice& invoice) {
            take(invoice);
            return remaining > 0;
        });
    if (!walked)
        return std::unexpected(walked.error());
    return shares;
}

Result<QList<AllocationShare>> AllocationService::propose(CustomerId customer, const Money& amount,
                                                          QDate date, InvoiceId invoice)
{
    LedgerReads reads(*this);
    return plan(
        Credit{.customerId = customer, .date = date, .amount = amount, .invoiceId = invoice},
        reads);
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
        if (share.discountMinor != 0) {
            const auto open = m_allocations.openInvoice(share.item);
            if (!open)
                return std::unexpected(open.error());
            if (credit.kind != Credit::Kind::Payment ||
                !open->discount.earnedOn(credit.date, open->openMinor) ||
                share.discountMinor != open->discount.discountMinor ||
                share.amountMinor + share.discountMinor != open->openMinor)
                return fail(ErrorCode::InvalidInput,
                            u"%1 offers no discount of %2 that this payment settles it with"_s.arg(
                                number, Money(share.discountMinor, currency).toPlainString()));
        }
        total += share.amountMinor;
    }
    if (total > credit.amount.minor())
        return fail(ErrorCode::InvalidInput,
                    u"the shares add up to %1, more than the credit's %2"_s.arg(
                        Money(total, currency).toPlainString(), credit.amount.toPlainString()));
    return {};
}

Result<AllocationService::Recorded> AllocationService::write(const Credit& credit,
                                                             const QList<AllocationShare>& shares,
                                                             AmountLimit* limit)
{
    if (auto ok = AmountLimit::countIn(
            limit, [this] { return m_credits.amountTotal(); }, credit.amount.minor(),
            credit.amount.currency(), u"payments and credit notes"_s);
        !ok)
        return std::unexpected(ok.error());
    qint64 unapplied = credit.amount.minor();
    for (const AllocationShare& share : shares)
        unapplied -= share.amountMinor;
    const auto id = m_credits.insert(credit, unapplied);
    if (!id)
        return std::unexpected(id.error());
    for (const AllocationShare& share : shares) {
        if (auto ok = m_allocations.allocate(share.item, *id, credit.date, share.amountMinor); !ok)
            return std::unexpected(ok.error());
        if (auto ok = bookDiscount(credit, *id, share, true); !ok)
            return std::unexpected(ok.error());
    }
    return Recorded{*id, unapplied, shares};
}

Result<void> AllocationService::bookDiscount(const Credit& credit, CreditId id,
                                             const AllocationShare& share, bool balance)
{
    if (share.discountMinor == 0)
        return {};
    // The write-off refers to the credit, which an import may still hold back.
    if (auto ok = writeHeldBack(); !ok)
        return ok;
    const auto writeOff =
        m_writeOffs.insert({.id = {},
                            .invoiceId = share.item,
                            .date = credit.date,
                            .amount = Money(share.discountMinor, credit.amount.currency()),
                            .reason = u"early-payment discount"_s,
                            .kind = WriteOff::Kind::Discount,
                            .creditId = id});
    if (!writeOff)
        return std::unexpected(writeOff.error());
    if (balance)
        return m_allocations.allocate(share.item, *writeOff, credit.date, share.discountMinor);
    return m_allocations.insertAllocation(share.item, *writeOff, credit.date, share.discountMinor);
}

Result<AllocationService::Recorded> AllocationService::record(const Credit& credit)
{
    return recordNamingFirst(credit, {});
}

Result<AllocationService::Recorded>
AllocationService::recordNamingFirst(const Credit& credit, const QList<InvoiceId>& items,
                                     AmountLimit* limit)
{
    if (auto ok = checkAmount(credit); !ok)
        return std::unexpected(ok.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    LedgerReads reads(*this);
    const auto shares = plan(credit, reads, items);
    if (!shares)
        return std::unexpected(shares.error());
    const auto recorded = write(credit, *shares, limit);
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
    const auto recorded = write(credit, shares, nullptr);
    if (!recorded)
        return recorded;
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return recorded;
}

Result<QList<AllocationShare>> AllocationService::proposeLater(const Credit& credit)
{
    // The rule gives discounts to payments only: as a credit note, none is proposed.
    Credit later = credit;
    later.kind = Credit::Kind::CreditNote;
    later.invoiceId = {};
    later.planId = {};
    LedgerReads reads(*this);
    return plan(later, reads);
}

Result<void> AllocationService::applyLater(const Credit& credit,
                                           const QList<AllocationShare>& shares)
{
    for (const AllocationShare& share : shares) {
        if (share.discountMinor != 0)
            return fail(ErrorCode::InvalidInput,
                        u"money applied later earns no early-payment discount"_s);
    }
    if (auto ok = checkShares(credit, shares); !ok)
        return ok;
    for (const AllocationShare& share : shares) {
        if (auto ok = m_allocations.allocate(share.item, credit.id, credit.date, share.amountMinor);
            !ok)
            return ok;
    }
    return {};
}

Result<AmountLimit> AllocationService::amountLimit()
{
    const auto stored = m_credits.amountTotal();
    if (!stored)
        return std::unexpected(stored.error());
    return AmountLimit(*stored);
}

Result<void> AllocationService::beginImport(bool everyCustomer, qint64 expectedCredits)
{
    if (expectedCredits > 0) {
        if (auto ok = m_credits.startBulkLoad(expectedCredits); !ok)
            return ok;
        if (auto ok = m_allocations.startBulkLoad(expectedCredits); !ok)
            return ok;
    }
    auto state = std::make_unique<ImportState>();
    auto plans = m_plans.activePlans();
    if (!plans)
        return std::unexpected(plans.error());
    state->activePlans = std::move(*plans);
    if (everyCustomer) {
        auto items = m_allocations.allImportItems();
        if (!items)
            return std::unexpected(items.error());
        state->byId.reserve(items->size());
        state->invoicesByNumber.reserve(items->size());
        state->add(std::move(*items));
        state->everyCustomer = true;
    }
    m_import = std::move(state);
    return {};
}

Result<void> AllocationService::importCustomer(CustomerId customer)
{
    if (m_import->everyCustomer || m_import->customers.contains(customer))
        return {};
    auto items = m_allocations.importItems(customer);
    if (!items)
        return std::unexpected(items.error());
    const qsizetype at = m_import->items.size();
    m_import->add(std::move(*items));
    m_import->customers.insert(customer, {at, m_import->items.size()});
    return {};
}

Result<std::optional<InvoiceId>> AllocationService::openInvoiceNumbered(CustomerId customer,
                                                                        const QString& number)
{
    if (!m_import)
        return std::nullopt;
    if (auto ok = importCustomer(customer); !ok)
        return std::unexpected(ok.error());
    const auto at = m_import->invoicesByNumber.constFind(number);
    if (at == m_import->invoicesByNumber.cend())
        return std::nullopt;
    const ImportItem& item = m_import->items.at(*at);
    if (item.customerId != customer)
        return std::nullopt;
    return item.id;
}

Result<AllocationService::Recorded> AllocationService::recordImported(const Credit& credit)
{
    if (!m_import)
        return fail(ErrorCode::InvalidArgument, u"no import is under way"_s);
    if (auto ok = checkAmount(credit); !ok)
        return std::unexpected(ok.error());
    if (auto ok = importCustomer(credit.customerId); !ok)
        return std::unexpected(ok.error());
    ImportReads reads(*this, *m_import);
    const auto shares = plan(credit, reads);
    if (!shares)
        return std::unexpected(shares.error());
    qint64 unapplied = credit.amount.minor();
    for (const AllocationShare& share : *shares)
        unapplied -= share.amountMinor;
    // First, so that a taken code (AlreadyExists) leaves everything as it was.
    const auto id = m_credits.insert(credit, unapplied);
    if (!id)
        return std::unexpected(id.error());
    for (const AllocationShare& share : *shares) {
        const auto at = m_import->byId.constFind(share.item);
        if (at == m_import->byId.cend()) {
            // Not in the copy (an installment of a customer not read): written through, so
            // the ledger stays current for it.
            if (auto ok = writeHeldBack(); !ok)
                return std::unexpected(ok.error());
            if (auto ok = m_allocations.allocate(share.item, *id, credit.date, share.amountMinor);
                !ok)
                return std::unexpected(ok.error());
            if (auto ok = bookDiscount(credit, *id, share, true); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        if (auto ok =
                m_allocations.insertAllocation(share.item, *id, credit.date, share.amountMinor);
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = bookDiscount(credit, *id, share, false); !ok)
            return std::unexpected(ok.error());
        const qint64 settled = share.amountMinor + share.discountMinor;
        m_import->items[*at].openMinor -= settled;
        m_import->addedMinor[*at] += settled;
    }
    if (m_allocations.batchFull()) {
        if (auto ok = writeHeldBack(); !ok)
            return std::unexpected(ok.error());
    }
    return Recorded{*id, unapplied, *shares};
}

Result<void> AllocationService::writeHeldBack()
{
    // Credits first: the allocations refer to them.
    if (auto ok = m_credits.writeBatch(); !ok)
        return ok;
    return m_allocations.writeBatch();
}

Result<void> AllocationService::finishImport()
{
    if (!m_import)
        return {};
    QList<std::pair<InvoiceId, qint64>> added;
    for (qsizetype i = 0; i < m_import->items.size(); ++i) {
        if (m_import->addedMinor.at(i) != 0)
            added.append({m_import->items.at(i).id, m_import->addedMinor.at(i)});
    }
    // The copy of the open items, most of the import's memory, goes before the indexes are
    // built again below, so that SQLite's sorts reuse it instead of adding to it.
    m_import.reset();
    // First: an invoice's settled date is read from its allocations.
    if (auto ok = m_credits.finishBulkLoad(); !ok)
        return ok;
    if (auto ok = m_allocations.finishBulkLoad(); !ok)
        return ok;
    // In id order, so that neighbouring updates share the table's and the indexes' pages.
    std::sort(added.begin(), added.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return m_allocations.addAllocated(added);
}

} // namespace ardesk
