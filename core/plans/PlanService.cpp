#include "plans/PlanService.h"

#include <algorithm>

#include <QSet>

#include "domain/Money.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// A plan is broken when two or more installments are more than 30 days overdue.
constexpr int defaultAfterDays = 30;
constexpr int defaultingInstallments = 2;

Result<qint64> optionalAmount(const QString& text, CurrencyCode currency, const QString& what)
{
    if (text.isEmpty())
        return 0;
    const auto amount = Money::parsePlain(text, currency);
    if (!amount)
        return fail(ErrorCode::InvalidArgument, what + u": "_s + amount.error().detail);
    return amount->minor();
}

} // namespace

PlanService::PlanService(Database& database)
    : m_database(database)
    , m_customers(database)
    , m_plans(database)
    , m_allocations(database)
{}

Result<QList<PlanService::Coverage>> PlanService::coverage(const PlanRequest& request,
                                                           CustomerId customer)
{
    const QDate date = request.schedule.date;
    QList<InvoiceAsOf> invoices;
    if (request.allOpen) {
        const auto open = m_plans.openInvoicesAsOf(customer, date);
        if (!open)
            return std::unexpected(open.error());
        invoices = *open;
    } else {
        QSet<QString> seen;
        for (const QString& number : request.invoiceNumbers) {
            if (seen.contains(number))
                return fail(ErrorCode::InvalidInput, u"invoice %1 is named twice"_s.arg(number));
            seen.insert(number);
            const auto invoice = m_plans.invoiceAsOf(number, date);
            if (!invoice)
                return std::unexpected(invoice.error());
            if (!*invoice)
                return fail(ErrorCode::NotFound, u"no invoice numbered \"%1\""_s.arg(number));
            if ((*invoice)->customerId != customer) {
                return fail(ErrorCode::InvalidInput,
                            u"invoice %1 belongs to another customer"_s.arg(number));
            }
            if ((*invoice)->issueDate > date) {
                return fail(ErrorCode::InvalidInput,
                            u"invoice %1 is issued after the plan's date"_s.arg(number));
            }
            invoices.append(**invoice);
        }
    }
    QList<Coverage> result;
    for (const InvoiceAsOf& invoice : std::as_const(invoices)) {
        const auto plan = m_plans.activePlanOf(invoice.id);
        if (!plan)
            return std::unexpected(plan.error());
        if (*plan) {
            if (request.allOpen)
                continue;
            return fail(
                ErrorCode::InvalidInput,
                u"invoice %1 is already on plan %2"_s.arg(invoice.number).arg((*plan)->value));
        }
        // The plan takes what was open on its date (spec). Payments, credit notes and
        // write-offs recorded for the invoice with later dates were meant for a debt the plan
        // now owes, so they move to its installments; only another plan that took part of the
        // invoice after the date can leave less than that to take.
        const auto later = m_plans.allocationsAfter(invoice.id, date);
        if (!later)
            return std::unexpected(later.error());
        qint64 moved = 0;
        for (const LaterAllocation& allocation : *later)
            moved += allocation.amountMinor;
        const qint64 amount = std::min(invoice.openAsOfMinor, invoice.openNowMinor + moved);
        if (amount <= 0) {
            if (request.allOpen)
                continue;
            return fail(ErrorCode::InvalidInput,
                        u"invoice %1 has nothing open to put on a plan"_s.arg(invoice.number));
        }
        result.append({invoice.id, amount, *later, invoice.number, invoice.issueDate});
    }
    if (result.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    u"the customer has no open invoice to put on a plan"_s);
    return result;
}

Result<PlanPreview> PlanService::schedule(qint64 coveredMinor, CurrencyCode currency,
                                          const PlanScheduleRequest& request)
{
    const auto fee = optionalAmount(request.fee, currency, u"--fee"_s);
    if (!fee)
        return std::unexpected(fee.error());
    const auto downPayment = optionalAmount(request.downPayment, currency, u"--down-payment"_s);
    if (!downPayment)
        return std::unexpected(downPayment.error());
    std::optional<AnnualRate> rate;
    if (!request.annualRate.isEmpty()) {
        const auto parsed = AnnualRate::parse(request.annualRate);
        if (!parsed)
            return std::unexpected(parsed.error());
        rate = *parsed;
    }
    const auto schedule = PlanSchedule::compute({.totalMinor = coveredMinor + *fee,
                                                 .downPaymentMinor = *downPayment,
                                                 .installments = request.installments,
                                                 .frequency = request.frequency,
                                                 .planDate = request.date,
                                                 .firstDue = request.firstDue,
                                                 .annualRate = rate});
    if (!schedule)
        return std::unexpected(schedule.error());
    PlanPreview preview{.currency = currency,
                        .coveredMinor = coveredMinor,
                        .feeMinor = *fee,
                        .downPaymentMinor = *downPayment,
                        .annualRate = rate ? rate->toString() : QString(),
                        .schedule = *schedule};
    for (const ScheduledInstallment& installment : *schedule)
        preview.totalMinor += installment.amountMinor;
    return preview;
}

Result<PlanId> PlanService::store(Plan plan, const PlanScheduleRequest& request)
{
    const auto terms = schedule(plan.coveredMinor, plan.currency, request);
    if (!terms)
        return std::unexpected(terms.error());
    plan.date = request.date;
    plan.feeMinor = terms->feeMinor;
    plan.downPaymentMinor = terms->downPaymentMinor;
    plan.installments = request.installments;
    plan.frequency = request.frequency;
    plan.firstDue = request.firstDue;
    plan.annualRate = terms->annualRate;
    const auto id = m_plans.insert(plan);
    if (!id)
        return std::unexpected(id.error());
    plan.id = *id;
    for (const ScheduledInstallment& installment : terms->schedule) {
        const auto stored = m_plans.insertInstallment(plan, installment.number, installment.dueDate,
                                                      installment.amountMinor);
        if (!stored)
            return std::unexpected(stored.error());
    }
    return *id;
}

Result<Customer> PlanService::customer(const QString& code)
{
    const auto found = m_customers.findByCode(code);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no customer \"%1\""_s.arg(code));
    return **found;
}

qint64 PlanService::coveredTotal(const QList<Coverage>& covered)
{
    qint64 total = 0;
    for (const Coverage& item : covered)
        total += item.amountMinor;
    return total;
}

Result<PlanPreview> PlanService::preview(const PlanRequest& request)
{
    const auto owner = customer(request.customerCode);
    if (!owner)
        return std::unexpected(owner.error());
    const auto covered = coverage(request, owner->id);
    if (!covered)
        return std::unexpected(covered.error());
    const qint64 coveredMinor = coveredTotal(*covered);
    return schedule(coveredMinor, owner->currency, request.schedule);
}

Result<QList<CoverableInvoice>> PlanService::coverableInvoices(const QString& customerCode,
                                                               QDate date)
{
    const auto owner = customer(customerCode);
    if (!owner)
        return std::unexpected(owner.error());
    PlanRequest request{.customerCode = customerCode, .allOpen = true};
    request.schedule.date = date;
    const auto covered = coverage(request, owner->id);
    QList<CoverableInvoice> invoices;
    // Nothing to take is an answer here, not a refusal.
    if (!covered && covered.error().code == ErrorCode::InvalidInput)
        return invoices;
    if (!covered)
        return std::unexpected(covered.error());
    for (const Coverage& item : *covered)
        invoices.append({item.number, item.issueDate, item.amountMinor});
    return invoices;
}

Result<PlanView> PlanService::create(const PlanRequest& request)
{
    const auto owner = customer(request.customerCode);
    if (!owner)
        return std::unexpected(owner.error());

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto covered = coverage(request, owner->id);
    if (!covered)
        return std::unexpected(covered.error());
    const qint64 coveredMinor = coveredTotal(*covered);

    Plan plan{.customerId = owner->id,
              .customerCode = owner->code,
              .currency = owner->currency,
              .coveredMinor = coveredMinor};
    const auto id = store(plan, request.schedule);
    if (!id)
        return std::unexpected(id.error());
    QList<LaterAllocation> moved;
    for (const Coverage& item : *covered) {
        if (auto ok = m_plans.linkInvoice(*id, item.invoice, item.amountMinor); !ok)
            return std::unexpected(ok.error());
        // Off the invoice first, so that it has room for what the plan takes.
        for (const LaterAllocation& later : item.later) {
            if (auto ok = m_allocations.allocate(item.invoice, later.source, later.date,
                                                 -later.amountMinor);
                !ok)
                return std::unexpected(ok.error());
            moved.append(later);
        }
        if (auto ok =
                m_allocations.allocate(item.invoice, *id, request.schedule.date, item.amountMinor);
            !ok)
            return std::unexpected(ok.error());
    }
    // The moved money fills the installments in order, as a payment to a covered invoice does;
    // it always fits, as the plan owes at least what was open on its date.
    std::stable_sort(
        moved.begin(), moved.end(),
        [](const LaterAllocation& a, const LaterAllocation& b) { return a.date < b.date; });
    for (const LaterAllocation& later : std::as_const(moved)) {
        const auto items = m_plans.openItems(*id);
        if (!items)
            return std::unexpected(items.error());
        qint64 rest = later.amountMinor;
        for (const OpenInvoice& item : *items) {
            const qint64 share = std::min(rest, item.openMinor);
            if (share == 0)
                break;
            if (auto ok = m_allocations.allocate(item.id, later.source, later.date, share); !ok)
                return std::unexpected(ok.error());
            rest -= share;
        }
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return show(*id, request.schedule.date);
}

Result<PlanService::Remaining> PlanService::remaining(PlanId planId, QDate date)
{
    const auto old = m_plans.find(planId);
    if (!old)
        return std::unexpected(old.error());
    if (!*old)
        return fail(ErrorCode::NotFound, u"no plan %1"_s.arg(planId.value));
    if ((*old)->state != Plan::State::Active)
        return fail(ErrorCode::InvalidInput, u"plan %1 is no longer active"_s.arg(planId.value));
    if (date < (*old)->date)
        return fail(ErrorCode::InvalidInput, u"a plan cannot be rescheduled before it began"_s);
    const auto open = m_plans.openItems(planId);
    if (!open)
        return std::unexpected(open.error());
    Remaining result{.plan = **old, .open = *open};
    for (const OpenInvoice& item : *open)
        result.openMinor += item.openMinor;
    if (result.openMinor == 0)
        return fail(ErrorCode::InvalidInput,
                    u"plan %1 has nothing left to pay"_s.arg(planId.value));
    return result;
}

Result<PlanPreview> PlanService::previewReschedule(PlanId planId,
                                                   const PlanScheduleRequest& request)
{
    const auto old = remaining(planId, request.date);
    if (!old)
        return std::unexpected(old.error());
    return schedule(old->openMinor, old->plan.currency, request);
}

Result<PlanView> PlanService::reschedule(PlanId planId, const PlanScheduleRequest& request)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto old = remaining(planId, request.date);
    if (!old)
        return std::unexpected(old.error());

    Plan plan{.customerId = old->plan.customerId,
              .customerCode = old->plan.customerCode,
              .currency = old->plan.currency,
              .coveredMinor = old->openMinor,
              .replacesPlanId = planId};
    const auto id = store(plan, request);
    if (!id)
        return std::unexpected(id.error());
    // The new plan takes over what the old installments still owe; the old plan and its
    // installments stay in the ledger as history.
    for (const OpenInvoice& item : old->open) {
        if (auto ok = m_allocations.allocate(item.id, *id, request.date, item.openMinor); !ok)
            return std::unexpected(ok.error());
    }
    const auto invoices = m_plans.coveredInvoices(planId);
    if (!invoices)
        return std::unexpected(invoices.error());
    for (const CoveredInvoice& invoice : *invoices) {
        if (auto ok = m_plans.linkInvoice(*id, invoice.id, invoice.coveredMinor); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = m_plans.end(planId, Plan::State::Rescheduled, request.date); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return show(*id, request.date);
}

Result<PlanView> PlanService::cancel(PlanId planId, QDate date)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto plan = m_plans.find(planId);
    if (!plan)
        return std::unexpected(plan.error());
    if (!*plan)
        return fail(ErrorCode::NotFound, u"no plan %1"_s.arg(planId.value));
    if ((*plan)->state != Plan::State::Active)
        return fail(ErrorCode::InvalidInput, u"plan %1 is no longer active"_s.arg(planId.value));
    if (date < (*plan)->date)
        return fail(ErrorCode::InvalidInput, u"a plan cannot be cancelled before it began"_s);

    const auto open = m_plans.openItems(planId);
    if (!open)
        return std::unexpected(open.error());
    qint64 remaining = 0;
    for (const OpenInvoice& item : *open) {
        remaining += item.openMinor;
        if (auto ok = m_allocations.allocate(item.id, planId, date, item.openMinor); !ok)
            return std::unexpected(ok.error());
    }
    // The unpaid principal goes back to the invoices — the latest due gives back first, as
    // payments are taken to have settled the oldest — while unpaid fee and interest lapse.
    const auto invoices = m_plans.coveredInvoices(planId);
    if (!invoices)
        return std::unexpected(invoices.error());
    qint64 covered = 0;
    for (const CoveredInvoice& invoice : *invoices)
        covered += invoice.coveredMinor;
    qint64 giveBack = std::min(remaining, covered);
    for (auto it = invoices->crbegin(); it != invoices->crend() && giveBack > 0; ++it) {
        const qint64 amount = std::min(giveBack, it->coveredMinor);
        if (amount == 0)
            continue;
        if (auto ok = m_allocations.allocate(it->id, planId, date, -amount); !ok)
            return std::unexpected(ok.error());
        giveBack -= amount;
    }
    if (auto ok = m_plans.end(planId, Plan::State::Cancelled, date); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return show(planId, date);
}

PlanView PlanService::view(const Plan& plan, const QList<PlanItem>& items, QDate asOf) const
{
    const bool ended = plan.state != Plan::State::Active && plan.endedDate <= asOf;
    const InstallmentStatus closed = plan.state == Plan::State::Cancelled
                                         ? InstallmentStatus::Cancelled
                                         : InstallmentStatus::Rescheduled;
    PlanView result{.plan = plan, .installments = {}, .status = PlanStatus::Active};
    int defaulting = 0;
    bool allPaid = true;
    for (const PlanItem& item : items) {
        InstallmentRow row{
            .number = item.number,
            .dueDate = item.dueDate,
            .amountMinor = item.amountMinor,
            .paidMinor = item.paidMinor,
            .openMinor = item.openMinor,
            .daysOverdue = item.openMinor > 0 ? std::max<qint64>(0, item.dueDate.daysTo(asOf)) : 0};
        // Precedence of the spec: paid, then partial (something paid), then overdue, then due.
        if (item.paidMinor >= item.amountMinor)
            row.status = InstallmentStatus::Paid;
        else if (ended && item.openMinor == 0)
            row.status = closed;
        else if (item.paidMinor > 0)
            row.status = InstallmentStatus::Partial;
        else if (item.dueDate < asOf)
            row.status = InstallmentStatus::Overdue;
        else
            row.status = InstallmentStatus::Due;
        if (item.openMinor > 0) {
            allPaid = false;
            if (item.dueDate.daysTo(asOf) > defaultAfterDays)
                ++defaulting;
        }
        result.totalMinor += item.amountMinor;
        result.openMinor += item.openMinor;
        result.installments.append(row);
    }
    if (ended)
        result.status =
            plan.state == Plan::State::Cancelled ? PlanStatus::Cancelled : PlanStatus::Rescheduled;
    else if (allPaid)
        result.status = PlanStatus::Completed;
    else if (defaulting >= defaultingInstallments)
        result.status = PlanStatus::Defaulted;
    return result;
}

Result<PlanView> PlanService::show(PlanId planId, QDate asOf)
{
    const auto plan = m_plans.find(planId);
    if (!plan)
        return std::unexpected(plan.error());
    if (!*plan)
        return fail(ErrorCode::NotFound, u"no plan %1"_s.arg(planId.value));
    const auto items = m_plans.items(planId, asOf);
    if (!items)
        return std::unexpected(items.error());
    return view(**plan, *items, asOf);
}

Result<QList<PlanView>> PlanService::list(QDate asOf)
{
    const auto plans = m_plans.all();
    if (!plans)
        return std::unexpected(plans.error());
    QList<PlanView> views;
    for (const Plan& plan : *plans) {
        if (plan.date > asOf)
            continue;
        const auto items = m_plans.items(plan.id, asOf);
        if (!items)
            return std::unexpected(items.error());
        views.append(view(plan, *items, asOf));
    }
    return views;
}

} // namespace ardesk
