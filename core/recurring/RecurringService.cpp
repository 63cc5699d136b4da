#include "recurring/RecurringService.h"

#include <algorithm>
#include <tuple>

#include <QHash>

#include "domain/InvoiceRules.h"
#include "domain/IsoDate.h"
#include "recurring/NumberSequence.h"
#include "recurring/RecurringCalendar.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

constexpr int maximumCount = 10000;

QString scheduleName(RecurringScheduleId id)
{
    return u"recurring schedule %1"_s.arg(id.value);
}

QDate lastCreated(const QList<RecurringOccurrence>& done)
{
    QDate last;
    for (const RecurringOccurrence& occurrence : done) {
        if (occurrence.invoice.isValid())
            last = std::max(last, occurrence.date);
    }
    return last;
}

// Whether anything stored with the schedule differs; the customer's code, name and terms are
// read with it for lists and may change without the schedule changing.
bool changedSince(const RecurringSchedule& read, const RecurringSchedule& now)
{
    const auto stored = [](const RecurringSchedule& s) {
        return std::tie(s.customerId, s.amount, s.description, s.frequency, s.start, s.day,
                        s.lastDay, s.count, s.end, s.prefix, s.sequence, s.state, s.pausedFrom,
                        s.endedOn);
    };
    return stored(read) != stored(now);
}

// The number of the n-th invoice of a month: <prefix><yyyymm>-<n>.
QString numberStem(const QString& prefix, QDate issueDate)
{
    return prefix + issueDate.toString(u"yyyyMM"_s) + u'-';
}

} // namespace

QString recurringStatusName(RecurringScheduleView::Status status)
{
    switch (status) {
    case RecurringScheduleView::Status::Active:
        return u"active"_s;
    case RecurringScheduleView::Status::Paused:
        return u"paused"_s;
    case RecurringScheduleView::Status::Ended:
        return u"ended"_s;
    case RecurringScheduleView::Status::Finished:
        return u"finished"_s;
    }
    return {};
}

const QString RecurringService::defaultPrefix = u"REC-"_s;

RecurringService::RecurringService(Database& database)
    : m_database(database)
    , m_customers(database)
    , m_schedules(database)
    , m_entry(database)
{}

Result<RecurringSchedule> RecurringService::validated(const RecurringRequest& request)
{
    const bool weekly = request.frequency == RecurringFrequency::Weekly;
    if (weekly && (request.day != 0 || request.lastDay))
        return fail(ErrorCode::InvalidArgument,
                    u"a day of the month applies to monthly, quarterly and yearly schedules"_s);
    if (request.day != 0 && request.lastDay)
        return fail(ErrorCode::InvalidArgument, u"give either a day or the last day"_s);
    if (request.day < 0 || request.day > 31)
        return fail(ErrorCode::InvalidArgument, u"the day must be from 1 to 31"_s);
    if (request.count && request.end)
        return fail(ErrorCode::InvalidArgument, u"give either a count or an end date"_s);
    if (request.count && (*request.count < 1 || *request.count > maximumCount))
        return fail(ErrorCode::InvalidArgument,
                    u"the count must be from 1 to %1"_s.arg(maximumCount));
    if (!request.start.isValid())
        return fail(ErrorCode::InvalidArgument, u"a schedule needs a start date"_s);
    if (request.end && *request.end < request.start)
        return fail(ErrorCode::InvalidInput,
                    u"the end date %1 is before the start %2"_s.arg(
                        IsoDate::format(*request.end), IsoDate::format(request.start)));
    if (request.description.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, u"a recurring invoice needs a description"_s);

    const auto customer = m_customers.findByCode(request.customerCode);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return fail(ErrorCode::NotFound, u"no customer \"%1\""_s.arg(request.customerCode));
    const auto amount = Money::parsePlain(request.amount, (*customer)->currency);
    if (!amount)
        return fail(ErrorCode::InvalidArgument, u"amount: "_s + amount.error().detail);
    if (amount->minor() <= 0)
        return fail(ErrorCode::InvalidInput, u"a recurring invoice must be a positive amount"_s);

    const bool bySequence = !request.sequence.isEmpty();
    if (bySequence && !request.prefix.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    u"invoices are numbered by a prefix or by a sequence, not both"_s);
    if (bySequence && !NumberSequence::named(request.sequence))
        return fail(ErrorCode::InvalidInput,
                    u"sequence \"%1\": expected a number ending in digits, e.g. INV-000001"_s.arg(
                        request.sequence));
    const QString prefix =
        bySequence ? QString() : (request.prefix.isEmpty() ? defaultPrefix : request.prefix);
    const QString firstNumber =
        bySequence ? request.sequence : numberStem(prefix, request.start) + u'1';
    if (const auto problem = InvoiceRules::numberProblem(firstNumber)) {
        return fail(ErrorCode::InvalidInput,
                    (bySequence ? u"sequence \"%1\": %2"_s : u"prefix \"%1\": %2"_s)
                        .arg(bySequence ? request.sequence : prefix, *problem));
    }

    return RecurringSchedule{
        .id = {},
        .customerId = (*customer)->id,
        .customerCode = (*customer)->code,
        .customerName = (*customer)->name,
        .customerTermsDays = (*customer)->termsDays,
        .amount = *amount,
        .description = request.description.trimmed(),
        .frequency = request.frequency,
        .start = request.start,
        // Stored resolved: the day stays the start's even if the start is edited later.
        .day =
            weekly || request.lastDay ? 0 : (request.day > 0 ? request.day : request.start.day()),
        .lastDay = request.lastDay,
        .count = request.count,
        .end = request.end,
        .prefix = prefix,
        .sequence = request.sequence,
        .state = RecurringSchedule::State::Active,
        .pausedFrom = {},
        .endedOn = {}};
}

RecurringRequest RecurringRequest::of(const RecurringSchedule& schedule)
{
    return {.customerCode = schedule.customerCode,
            .amount = schedule.amount.toPlainString(),
            .description = schedule.description,
            .frequency = schedule.frequency,
            .start = schedule.start,
            .day = schedule.lastDay ? 0 : schedule.day,
            .lastDay = schedule.lastDay,
            .count = schedule.count,
            .end = schedule.end,
            .prefix = schedule.prefix,
            .sequence = schedule.sequence};
}

Result<RecurringSchedule> RecurringService::existing(RecurringScheduleId id)
{
    const auto found = m_schedules.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no recurring schedule %1"_s.arg(id.value));
    return **found;
}

Result<RecurringScheduleId> RecurringService::add(const RecurringRequest& request)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto schedule = validated(request);
    if (!schedule)
        return std::unexpected(schedule.error());
    const auto id = m_schedules.insert(*schedule);
    if (!id)
        return id;
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> RecurringService::edit(RecurringScheduleId id, const RecurringRequest& request,
                                    const RecurringSchedule& asRead)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto old = existing(id);
    if (!old)
        return std::unexpected(old.error());
    if (changedSince(asRead, *old))
        return fail(ErrorCode::ChangedMeanwhile,
                    u"%1 was changed by someone else since it was read"_s.arg(scheduleName(id)));
    auto changed = validated(request);
    if (!changed)
        return std::unexpected(changed.error());
    const auto done = m_schedules.occurrences(id);
    if (!done)
        return std::unexpected(done.error());
    if (!done->isEmpty() && (changed->customerId != old->customerId ||
                             changed->frequency != old->frequency || changed->start != old->start ||
                             changed->day != old->day || changed->lastDay != old->lastDay))
        return fail(ErrorCode::InvalidInput,
                    u"%1 has billed already: its customer, frequency, start and day stay as they "
                    "are"_s.arg(scheduleName(id)));
    const int created = RecurringCalendar::createdCount(*done);
    if (changed->count && *changed->count < created)
        return fail(
            ErrorCode::InvalidInput,
            u"%1 has created %2 invoices already: the count cannot be lower"_s.arg(scheduleName(id))
                .arg(created));
    const QDate last = lastCreated(*done);
    if (changed->end && last.isValid() && *changed->end < last)
        return fail(ErrorCode::InvalidInput,
                    u"%1 has created an invoice dated %2: the end cannot be before it"_s.arg(
                        scheduleName(id), IsoDate::format(last)));
    changed->id = id;
    changed->state = old->state;
    changed->pausedFrom = old->pausedFrom;
    changed->endedOn = old->endedOn;
    if (auto ok = m_schedules.update(*changed); !ok)
        return ok;
    return transaction->commit();
}

Result<RecurringScheduleView> RecurringService::view(RecurringScheduleId id)
{
    const auto views = list();
    if (!views)
        return std::unexpected(views.error());
    for (const RecurringScheduleView& view : *views) {
        if (view.schedule.id == id)
            return view;
    }
    return fail(ErrorCode::NotFound, u"no recurring schedule %1"_s.arg(id.value));
}

Result<QList<RecurringScheduleView>> RecurringService::list()
{
    const auto schedules = m_schedules.all();
    if (!schedules)
        return std::unexpected(schedules.error());
    const auto occurrences = m_schedules.allOccurrences();
    if (!occurrences)
        return std::unexpected(occurrences.error());
    QHash<qint64, QList<RecurringOccurrence>> done;
    for (const RecurringOccurrence& occurrence : *occurrences)
        done[occurrence.schedule.value].append(occurrence);

    QList<RecurringScheduleView> views;
    views.reserve(schedules->size());
    for (const RecurringSchedule& schedule : *schedules) {
        const QList<RecurringOccurrence> ofSchedule = done.value(schedule.id.value);
        RecurringScheduleView view{.schedule = schedule,
                                   .status = RecurringScheduleView::Status::Active,
                                   .invoicesCreated = RecurringCalendar::createdCount(ofSchedule),
                                   .lastCreated = lastCreated(ofSchedule),
                                   .next = RecurringCalendar::nextDate(schedule, ofSchedule)};
        if (schedule.state == RecurringSchedule::State::Ended)
            view.status = RecurringScheduleView::Status::Ended;
        else if (schedule.state == RecurringSchedule::State::Paused)
            view.status = RecurringScheduleView::Status::Paused;
        else if (!view.next.isValid())
            view.status = RecurringScheduleView::Status::Finished;
        views.append(std::move(view));
    }
    return views;
}

Result<void> RecurringService::recordSkipped(const RecurringSchedule& schedule, QDate from,
                                             QDate through)
{
    const auto done = m_schedules.occurrences(schedule.id);
    if (!done)
        return std::unexpected(done.error());
    QList<QDate> dealtWith;
    for (const RecurringOccurrence& occurrence : *done)
        dealtWith.append(occurrence.date);
    for (const QDate date : RecurringCalendar::datesThrough(schedule, through)) {
        if (date < from || dealtWith.contains(date))
            continue;
        if (auto ok = m_schedules.record({.schedule = schedule.id, .date = date, .invoice = {}});
            !ok)
            return ok;
    }
    return {};
}

Result<void> RecurringService::pause(RecurringScheduleId id, QDate from)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto schedule = existing(id);
    if (!schedule)
        return std::unexpected(schedule.error());
    if (schedule->state != RecurringSchedule::State::Active)
        return fail(ErrorCode::InvalidInput,
                    u"%1 is %2, not active"_s.arg(
                        scheduleName(id), schedule->state == RecurringSchedule::State::Paused
                                              ? u"paused already"_s
                                              : u"ended"_s));
    const auto done = m_schedules.occurrences(id);
    if (!done)
        return std::unexpected(done.error());
    const QDate last = lastCreated(*done);
    if (last.isValid() && from <= last)
        return fail(ErrorCode::InvalidInput,
                    u"%1 has created an invoice dated %2: pause it from a later date"_s.arg(
                        scheduleName(id), IsoDate::format(last)));
    schedule->state = RecurringSchedule::State::Paused;
    schedule->pausedFrom = from;
    if (auto ok = m_schedules.update(*schedule); !ok)
        return ok;
    return transaction->commit();
}

Result<void> RecurringService::resume(RecurringScheduleId id, QDate from)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto schedule = existing(id);
    if (!schedule)
        return std::unexpected(schedule.error());
    if (schedule->state != RecurringSchedule::State::Paused)
        return fail(ErrorCode::InvalidInput, u"%1 is not paused"_s.arg(scheduleName(id)));
    if (from < schedule->pausedFrom)
        return fail(ErrorCode::InvalidInput,
                    u"%1 is paused from %2: resume it on that day or later"_s.arg(
                        scheduleName(id), IsoDate::format(schedule->pausedFrom)));
    // The paused dates are settled now, once: never billed, whenever the next run comes.
    if (auto ok = recordSkipped(*schedule, schedule->pausedFrom, from.addDays(-1)); !ok)
        return ok;
    schedule->state = RecurringSchedule::State::Active;
    schedule->pausedFrom = QDate();
    if (auto ok = m_schedules.update(*schedule); !ok)
        return ok;
    return transaction->commit();
}

Result<void> RecurringService::end(RecurringScheduleId id, QDate on)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto schedule = existing(id);
    if (!schedule)
        return std::unexpected(schedule.error());
    if (schedule->state == RecurringSchedule::State::Ended)
        return fail(ErrorCode::InvalidInput, u"%1 is ended already"_s.arg(scheduleName(id)));
    const auto done = m_schedules.occurrences(id);
    if (!done)
        return std::unexpected(done.error());
    const QDate last = lastCreated(*done);
    if (last.isValid() && on < last)
        return fail(ErrorCode::InvalidInput,
                    u"%1 has created an invoice dated %2: end it on that day or later"_s.arg(
                        scheduleName(id), IsoDate::format(last)));
    // Ending a paused schedule keeps its pause: the dates from the pause to the end stay unbilled.
    if (schedule->state == RecurringSchedule::State::Paused) {
        if (auto ok = recordSkipped(*schedule, schedule->pausedFrom, on); !ok)
            return ok;
    }
    schedule->state = RecurringSchedule::State::Ended;
    schedule->pausedFrom = QDate();
    schedule->endedOn = on;
    if (auto ok = m_schedules.update(*schedule); !ok)
        return ok;
    return transaction->commit();
}

Result<QList<RecurringInvoice>> RecurringService::dueInvoices(QDate asOf)
{
    const auto schedules = m_schedules.all();
    if (!schedules)
        return std::unexpected(schedules.error());
    const auto occurrences = m_schedules.allOccurrences();
    if (!occurrences)
        return std::unexpected(occurrences.error());
    QHash<qint64, QList<RecurringOccurrence>> done;
    for (const RecurringOccurrence& occurrence : *occurrences)
        done[occurrence.schedule.value].append(occurrence);

    QList<RecurringInvoice> invoices;
    for (const RecurringSchedule& schedule : *schedules) {
        for (const QDate date :
             RecurringCalendar::dueDates(schedule, done.value(schedule.id.value), asOf)) {
            invoices.append(
                {.schedule = schedule.id,
                 .customer = schedule.customerId,
                 .customerCode = schedule.customerCode,
                 .customerName = schedule.customerName,
                 .number = {},
                 .issueDate = date,
                 // None past 9999-12-31: run() then refuses the invoice with the reason.
                 .dueDate = InvoiceRules::defaultDueDate(date, schedule.customerTermsDays)
                                .value_or(QDate()),
                 .amount = schedule.amount,
                 .description = schedule.description});
        }
    }
    if (auto ok = number(invoices, *schedules); !ok)
        return std::unexpected(ok.error());
    return invoices;
}

// Each number is the next after the highest one the ledger holds with its stem (a sequence's
// not below the number that names it), so numbers stay unique beside invoices entered by hand.
Result<void> RecurringService::number(QList<RecurringInvoice>& invoices,
                                      const QList<RecurringSchedule>& schedules)
{
    // Numbers follow the calendar: within a month or a sequence, the earlier invoice has the
    // lower number.
    std::stable_sort(
        invoices.begin(), invoices.end(), [](const RecurringInvoice& a, const RecurringInvoice& b) {
            return a.issueDate != b.issueDate ? a.issueDate < b.issueDate : a.schedule < b.schedule;
        });
    QHash<qint64, const RecurringSchedule*> byId;
    for (const RecurringSchedule& schedule : schedules)
        byId.insert(schedule.id.value, &schedule);
    QHash<QString, qint64> nextNumber;
    for (RecurringInvoice& invoice : invoices) {
        const RecurringSchedule& schedule = *byId.value(invoice.schedule.value);
        std::optional<NumberSequence> sequence;
        if (!schedule.sequence.isEmpty()) {
            sequence = NumberSequence::named(schedule.sequence);
            if (!sequence)
                return fail(ErrorCode::LedgerCorrupt,
                            u"%1 names no sequence"_s.arg(scheduleName(schedule.id)));
        }
        const QString stem =
            sequence ? sequence->stem() : numberStem(schedule.prefix, invoice.issueDate);
        auto at = nextNumber.find(stem);
        if (at == nextNumber.end()) {
            const auto highest = m_schedules.highestNumberAfter(stem);
            if (!highest)
                return std::unexpected(highest.error());
            at = nextNumber.insert(stem, *highest + 1);
        }
        if (sequence)
            *at = std::max(*at, sequence->first());
        const qint64 counter = (*at)++;
        invoice.number = sequence ? sequence->number(counter) : stem + QString::number(counter);
    }
    return {};
}

Result<RecurringRunResult> RecurringService::run(const RecurringRunOptions& options)
{
    if (!options.asOf.isValid())
        return fail(ErrorCode::InvalidArgument, u"a run needs an as-of date"_s);
    // Read inside the write transaction: a run that overlaps another waits for it here and then
    // sees what it created.
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto invoices = dueInvoices(options.asOf);
    if (!invoices)
        return std::unexpected(invoices.error());
    if (options.dryRun)
        return RecurringRunResult{.invoices = std::move(*invoices), .cancelled = false};

    const qint64 total = invoices->size();
    qint64 done = 0;
    auto limit = m_entry.amountLimit();
    if (!limit)
        return std::unexpected(limit.error());
    for (const RecurringInvoice& invoice : *invoices) {
        const auto id = m_entry.create({.customer = invoice.customer,
                                        .number = invoice.number,
                                        .issueDate = invoice.issueDate,
                                        .dueDate = std::nullopt,
                                        .amount = invoice.amount,
                                        .description = invoice.description,
                                        .charge = false},
                                       &*limit);
        if (!id)
            return fail(id.error().code,
                        u"%1, %2: %3"_s.arg(scheduleName(invoice.schedule),
                                            IsoDate::format(invoice.issueDate), id.error().detail));
        if (auto ok = m_schedules.record(
                {.schedule = invoice.schedule, .date = invoice.issueDate, .invoice = *id});
            !ok)
            return std::unexpected(ok.error());
        ++done;
        if (options.progress && !options.progress(done, total))
            return RecurringRunResult{.invoices = {}, .cancelled = true};
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return RecurringRunResult{.invoices = std::move(*invoices), .cancelled = false};
}

} // namespace ardesk
