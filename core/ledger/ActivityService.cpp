#include "ledger/ActivityService.h"

#include <algorithm>
#include <iterator>
#include <limits>

#include "domain/IsoDate.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ActivityService::ActivityService(Database& database)
    : m_database(database)
    , m_activities(database)
    , m_customers(database)
    , m_invoices(database)
    , m_reminders(database)
{}

Result<Customer> ActivityService::customer(CustomerId id)
{
    auto found = m_customers.findById(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no customer with id %1"_s.arg(id.value));
    return **found;
}

Result<void> ActivityService::checkInvoice(CustomerId customer, InvoiceId invoice)
{
    auto owner = m_activities.invoiceCustomer(invoice);
    if (!owner)
        return std::unexpected(owner.error());
    if (!*owner)
        return fail(ErrorCode::InvalidInput, u"no invoice with id %1"_s.arg(invoice.value));
    if (**owner != customer)
        return fail(ErrorCode::InvalidInput, u"the invoice belongs to another customer"_s);
    return {};
}

Result<ActivityId> ActivityService::store(const Activity& activity)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto id = m_activities.insert(activity);
    if (!id)
        return std::unexpected(id.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return *id;
}

Result<ActivityId> ActivityService::log(CustomerId customerId, ActivityKind kind, QDate date,
                                        const QString& text, InvoiceId invoice)
{
    if (kind != ActivityKind::Call && kind != ActivityKind::Email && kind != ActivityKind::Note)
        return fail(ErrorCode::InvalidInput, u"only calls, e-mails and notes are logged as such"_s);
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, u"the date is missing"_s);
    if (kind == ActivityKind::Note && text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, u"a note needs text"_s);
    if (auto found = customer(customerId); !found)
        return std::unexpected(found.error());
    if (invoice.isValid()) {
        if (auto ok = checkInvoice(customerId, invoice); !ok)
            return std::unexpected(ok.error());
    }
    return store({.customerId = customerId,
                  .invoiceId = invoice,
                  .kind = kind,
                  .date = date,
                  .text = text.trimmed()});
}

Result<ActivityId> ActivityService::recordPromise(const PromiseRequest& request)
{
    const auto found = customer(request.customer);
    if (!found)
        return std::unexpected(found.error());
    if (!request.date.isValid() || !request.payBy.isValid())
        return fail(ErrorCode::InvalidInput, u"a promise needs its date and a pay-by date"_s);
    if (request.payBy < request.date)
        return fail(ErrorCode::InvalidInput,
                    u"the pay-by date %1 is before the promise's date %2"_s.arg(
                        IsoDate::format(request.payBy), IsoDate::format(request.date)));
    if (!request.amount)
        return fail(ErrorCode::InvalidInput, u"a promise needs the amount promised"_s);
    if (request.amount->minor() <= 0)
        return fail(ErrorCode::InvalidInput, u"the promised amount must be more than zero"_s);
    if (request.amount->currency() != found->currency)
        return fail(ErrorCode::InvalidInput,
                    u"the promised amount is in %1, the customer's currency is %2"_s.arg(
                        request.amount->currency().code(), found->currency.code()));
    if (request.invoice.isValid()) {
        if (auto ok = checkInvoice(request.customer, request.invoice); !ok)
            return std::unexpected(ok.error());
    }
    return store({.customerId = request.customer,
                  .invoiceId = request.invoice,
                  .kind = ActivityKind::Promise,
                  .date = request.date,
                  .text = request.text.trimmed(),
                  .promisedAmount = request.amount,
                  .promisedDate = request.payBy});
}

Result<ActivityId> ActivityService::openDispute(CustomerId customerId, InvoiceId invoice,
                                                QDate date, const QString& text)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, u"the date is missing"_s);
    if (!invoice.isValid())
        return fail(ErrorCode::InvalidInput, u"a dispute is about an invoice"_s);
    if (auto found = customer(customerId); !found)
        return std::unexpected(found.error());
    if (auto ok = checkInvoice(customerId, invoice); !ok)
        return std::unexpected(ok.error());
    // Checked here for a clear message; the unique index activities_open_disputes enforces it.
    auto open = m_activities.openDispute(invoice);
    if (!open)
        return std::unexpected(open.error());
    if (*open)
        return fail(ErrorCode::InvalidInput, u"the invoice is already disputed"_s);
    return store({.customerId = customerId,
                  .invoiceId = invoice,
                  .kind = ActivityKind::Dispute,
                  .date = date,
                  .text = text.trimmed()});
}

Result<void> ActivityService::resolveDispute(ActivityId dispute, QDate resolvedOn)
{
    auto found = m_activities.findById(dispute);
    if (!found)
        return std::unexpected(found.error());
    if (!*found || (*found)->kind != ActivityKind::Dispute)
        return fail(ErrorCode::InvalidInput, u"no dispute with id %1"_s.arg(dispute.value));
    if (!(*found)->isOpenDispute())
        return fail(ErrorCode::InvalidInput, u"the dispute was resolved on %1"_s.arg(
                                                 IsoDate::format((*found)->resolvedDate)));
    if (!resolvedOn.isValid() || resolvedOn < (*found)->date)
        return fail(ErrorCode::InvalidInput,
                    u"a dispute opened on %1 cannot be resolved before that"_s.arg(
                        IsoDate::format((*found)->date)));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto resolved = m_activities.resolve(dispute, resolvedOn); !resolved)
        return std::unexpected(resolved.error());
    return transaction->commit();
}

Result<ActivityId> ActivityService::resolveDisputeOf(const QString& invoiceNumber, QDate resolvedOn)
{
    const auto invoice = m_invoices.byNumber(invoiceNumber);
    if (!invoice)
        return std::unexpected(invoice.error());
    const auto open = m_activities.openDispute(invoice->id);
    if (!open)
        return std::unexpected(open.error());
    if (!*open)
        return fail(ErrorCode::InvalidInput,
                    u"invoice %1 has no open dispute"_s.arg(invoice->number));
    if (auto resolved = resolveDispute(**open, resolvedOn); !resolved)
        return std::unexpected(resolved.error());
    return **open;
}

Result<QList<ActivityService::Entry>> ActivityService::list(CustomerId customer, QDate asOf,
                                                            int limit)
{
    auto activities = m_activities.listByCustomer(customer, limit);
    if (!activities)
        return std::unexpected(activities.error());
    QList<Entry> entries;
    entries.reserve(activities->size());
    for (const Activity& activity : std::as_const(*activities)) {
        Entry entry{.activity = activity, .promiseStatus = std::nullopt};
        if (activity.kind == ActivityKind::Promise) {
            auto status = promiseStatus(activity, asOf);
            if (!status)
                return std::unexpected(status.error());
            entry.promiseStatus = *status;
        }
        entries.append(entry);
    }
    return entries;
}

Result<QList<ActivityService::Entry>> ActivityService::history(CustomerId customer, QDate asOf)
{
    auto entries = list(customer, asOf, std::numeric_limits<int>::max());
    if (!entries)
        return std::unexpected(entries.error());
    QList<Entry> dated;
    for (const Entry& entry : std::as_const(*entries)) {
        if (entry.activity.date <= asOf)
            dated.append(entry);
    }
    std::ranges::reverse(dated);
    return dated;
}

// A run sends each customer one notice and logs a row for every item it raises, all with the
// run's date and the channel the notice went out through: the rows of one day and channel are
// one notice. The log keeps no run id, so two runs on one day through one channel read back as
// one notice.
Result<QList<SentNotice>> ActivityService::remindersSent(CustomerId customer, QDate asOf)
{
    const auto rows = m_reminders.history(customer, asOf);
    if (!rows)
        return std::unexpected(rows.error());
    QList<SentNotice> notices;
    for (const SentReminder& row : *rows) {
        auto notice = std::ranges::find_if(notices, [&row](const SentNotice& sent) {
            return sent.date == row.date && sent.channel == row.channel;
        });
        if (notice == notices.end()) {
            notices.append({.date = row.date,
                            .level = row.level,
                            .levelName = row.levelName,
                            .channel = row.channel,
                            .documents = {}});
            notice = std::prev(notices.end());
        }
        if (row.level > notice->level) {
            notice->level = row.level;
            notice->levelName = row.levelName;
        }
        if (!notice->documents.contains(row.document))
            notice->documents.append(row.document);
    }
    std::ranges::reverse(notices);
    return notices;
}

// A promise to pay P by the pay-by date B, made on date D, as of date A:
// - kept    when the customer's payments (not credit notes) in P's currency dated from D to
//           B, both included, and no later than A, add up to at least P;
// - broken  when A is after B and they do not;
// - pending otherwise (B has not passed yet and the money is not all there).
// Payments are not tied to the promise: any payment in the window counts towards it, since the
// customer keeps a promise to pay by paying, whichever invoice the money is applied to.
Result<PromiseStatus> ActivityService::promiseStatus(const Activity& promise, QDate asOf)
{
    if (promise.kind != ActivityKind::Promise || !promise.promisedAmount)
        return fail(ErrorCode::InvalidInput, u"not a promise to pay"_s);
    const QDate windowEnd = std::min(promise.promisedDate, asOf);
    qint64 paid = 0;
    if (windowEnd >= promise.date) {
        auto sum = m_activities.paymentsBetween(
            promise.customerId, promise.promisedAmount->currency(), promise.date, windowEnd);
        if (!sum)
            return std::unexpected(sum.error());
        paid = *sum;
    }
    if (paid >= promise.promisedAmount->minor())
        return PromiseStatus::Kept;
    return asOf > promise.promisedDate ? PromiseStatus::Broken : PromiseStatus::Pending;
}

Result<bool> ActivityService::isDisputed(InvoiceId invoice)
{
    auto open = m_activities.openDispute(invoice);
    if (!open)
        return std::unexpected(open.error());
    return open->has_value();
}

} // namespace ardesk
