#include "dunning/DunningService.h"

#include <algorithm>
#include <optional>

#include <QHash>
#include <QSet>

#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "dunning/ReminderOutput.h"
#include "ledger/InvoiceEntryService.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

constexpr qint64 basisPointsPerUnit = 10'000;
constexpr qint64 daysPerYear = 365;

// Which items a running promise to pay holds back (the contract skips "items under an
// unbroken promise to pay"). A promise runs from the day it was made to its pay-by date, both
// included: until then it is pending or already kept, never broken (ActivityService's rule).
// - A promise about an invoice or installment covers that item.
// - A promise without an invoice is about the customer's account: it covers all their items.
// After the pay-by date the promise is over either way: broken, or kept and whatever is still
// open is more than was promised. Dunning then resumes, so a part payment promised once does
// not silence reminders about the rest forever.
struct PromiseCover {
    QSet<InvoiceId> items;
    QSet<CustomerId> accounts;

    explicit PromiseCover(const QList<RunningPromise>& promises)
    {
        for (const RunningPromise& promise : promises) {
            if (promise.invoice.isValid())
                items.insert(promise.invoice);
            else
                accounts.insert(promise.customer);
        }
    }
};

} // namespace

DunningService::DunningService(Database& database)
    : m_database(database)
    , m_levels(database)
    , m_reads(database)
    , m_log(database)
{}

void DunningService::addTotals(ReminderNotice& notice)
{
    notice.totalOverdueMinor = 0;
    notice.interestMinor = 0;
    for (const ReminderItem& item : std::as_const(notice.items)) {
        notice.totalOverdueMinor += item.openMinor;
        notice.interestMinor += item.interestMinor;
    }
    // A courtesy reminder is sent before anything is late: it never raises a fee.
    notice.feeMinor = notice.level.isCourtesy() ? 0 : notice.level.feeMinor;
    notice.totalDueMinor = notice.totalOverdueMinor + notice.interestMinor + notice.feeMinor;
}

// open × rate / 10000 × days / 365 = open × k / D with k = rate × days and D = 3 650 000.
// open × k can pass qint64 for large amounts, so open is split as q × D + r: the exact value is
// q × k + r × k / D, q × k is whole, and only r × k / D (r < D, so no overflow) is rounded.
qint64 DunningService::interestMinor(qint64 openMinor, int annualRateBasisPoints, int daysOverdue)
{
    if (openMinor <= 0 || annualRateBasisPoints <= 0 || daysOverdue <= 0)
        return 0;
    const qint64 k = qint64(annualRateBasisPoints) * daysOverdue;
    constexpr qint64 d = basisPointsPerUnit * daysPerYear;
    return openMinor / d * k + roundedDivide(openMinor % d * k, d, RoundingMode::HalfUp);
}

// The contract's rules, in the order they apply:
// - Items: invoices and plan installments open as of the date (AgingService's meaning) and
//   past due; customers on hold or with a collection agency are left out by the scan itself.
// - An item escalates at most one level per run: to the next switched-on level after the last
//   one sent for it, when it is at least that level's days overdue. A level is never sent twice
//   for an item (the log's UNIQUE (invoice_id, level) enforces it too); past the last level,
//   nothing.
// - The courtesy level 0, when switched on, is the only level an item not yet overdue can
//   reach: from its days before the due date (e.g. -3) up to the due date itself, once per
//   item, never after the due date (an overdue item goes on to level 1).
// - Disputed items and items under a running promise (see PromiseCover) are skipped.
// - At most one letter per customer per run, and none when the customer's last reminder is less
//   than 7 days before the date: sent on day L, the next can go on L + 7. A courtesy reminder
//   counts as a reminder for that rule.
// - A customer gets a letter when at least one item is raised. The letter lists all the
//   customer's overdue items that are not held back ("one letter per customer lists all its
//   overdue items"), raised or not; only the raised ones are recorded. The highest level among
//   them picks the template and the fee; each item carries its own level's interest (none for
//   an item not yet at any level). When no overdue item is raised but an item soon due is, the
//   letter is the courtesy reminder instead: it lists the items soon due, and never a fee or
//   interest.
Result<RunLock> DunningService::exclusiveRun()
{
    return RunLock::acquire(m_database, RunLock::Kind::Reminders);
}

Result<QList<ReminderNotice>> DunningService::stillDue(const QList<ReminderNotice>& chosen,
                                                       QDate asOf)
{
    auto fresh = select(asOf);
    if (!fresh)
        return fresh;
    QSet<qint64> customers;
    for (const ReminderNotice& notice : chosen)
        customers.insert(notice.customer.value);
    fresh->removeIf([&customers](const ReminderNotice& notice) {
        return !customers.contains(notice.customer.value);
    });
    return fresh;
}

Result<QList<ReminderNotice>> DunningService::select(QDate asOf)
{
    if (!asOf.isValid())
        return fail(ErrorCode::InvalidArgument, u"the dunning run needs a date"_s);
    const auto levels = m_levels.list();
    if (!levels)
        return std::unexpected(levels.error());
    if (levels->isEmpty())
        return QList<ReminderNotice>{};
    QHash<int, DunningLevel> byNumber;
    std::optional<DunningLevel> courtesy;
    for (const DunningLevel& level : *levels) {
        byNumber.insert(level.level, level);
        if (level.isCourtesy() && level.enabled)
            courtesy = level;
    }
    // The level an overdue item goes to after `last`: the next one switched on.
    const auto nextLevel = [&](int last) -> const DunningLevel* {
        for (const DunningLevel& level : *levels) {
            if (level.level > last && level.enabled && !level.isCourtesy())
                return &level;
        }
        return nullptr;
    };
    const auto disputed = m_reads.disputedItems(asOf);
    if (!disputed)
        return std::unexpected(disputed.error());
    const auto promises = m_reads.runningPromises(asOf);
    if (!promises)
        return std::unexpected(promises.error());
    const PromiseCover promised(*promises);
    const auto lastSent = m_log.lastReminderDates(asOf);
    if (!lastSent)
        return std::unexpected(lastSent.error());

    QList<ReminderNotice> notices;
    // The current customer's notice (CurrencyCode has no empty value, so neither has a notice),
    // with its overdue items, and the items soon due a courtesy reminder would list.
    std::optional<ReminderNotice> notice;
    QList<ReminderItem> upcoming;
    bool customerSkipped = true;
    const auto close = [&] {
        const auto raised = [](const ReminderItem& item) { return item.raised; };
        if (notice && !std::ranges::any_of(notice->items, raised) && courtesy &&
            std::ranges::any_of(upcoming, raised)) {
            notice->items = upcoming;
            notice->level = *courtesy;
        }
        if (notice && std::ranges::any_of(notice->items, raised)) {
            addTotals(*notice);
            notices.append(std::move(*notice));
        }
        notice.reset();
        upcoming.clear();
    };
    const auto onCustomer = [&](const DunningCustomer& customer) {
        close();
        const auto last = lastSent->constFind(customer.id);
        customerSkipped =
            promised.accounts.contains(customer.id) ||
            (last != lastSent->cend() && last->daysTo(asOf) < minimumDaysBetweenLetters);
        notice = ReminderNotice{.customer = customer.id,
                                .customerCode = customer.code,
                                .customerName = customer.name,
                                .customerEmail = customer.email,
                                .customerAddress = customer.address,
                                .language = customer.language,
                                .currency = customer.currency,
                                .asOf = asOf};
        notice->level.level = DunningLevel::noLevel;
    };
    const auto onItem = [&](const OverdueItem& item) {
        if (customerSkipped || disputed->contains(item.id) || promised.items.contains(item.id))
            return;
        const int daysOverdue = int(item.dueDate.daysTo(asOf));
        ReminderItem entry{.item = item.id,
                           .document = item.document,
                           .issueDate = item.issueDate,
                           .dueDate = item.dueDate,
                           .daysOverdue = daysOverdue,
                           .openMinor = item.openMinor,
                           .interestMinor = 0,
                           .discount = item.discount.earnedOn(asOf, item.openMinor)
                                           ? item.discount
                                           : DiscountOffer(),
                           .level = item.lastLevel,
                           .raised = false,
                           .installment = item.installment,
                           .charge = item.charge};
        if (daysOverdue <= 0) {
            // Only the switched-on courtesy level widens the scan past the due date.
            entry.raised = item.lastLevel < DunningLevel::courtesyLevel;
            if (entry.raised)
                entry.level = DunningLevel::courtesyLevel;
            upcoming.append(entry);
            return;
        }
        const DunningLevel* next = nextLevel(item.lastLevel);
        entry.raised = next != nullptr && daysOverdue >= next->daysOverdue;
        if (entry.raised)
            entry.level = next->level;
        const auto reached = byNumber.constFind(entry.level);
        // A courtesy level never charges interest, also on an item it was the last level of.
        const bool charges = reached != byNumber.cend() && !reached->isCourtesy();
        entry.interestMinor = interestMinor(
            item.openMinor, charges ? reached->annualRateBasisPoints : 0, daysOverdue);
        notice->items.append(entry);
        if (charges && reached->level > notice->level.level)
            notice->level = *reached;
    };
    // Every item one day or more overdue goes on the letter, whatever the first level's days;
    // with the courtesy level on, the items due within its days too.
    const QDate dueBy = courtesy ? asOf.addDays(-courtesy->daysOverdue) : asOf.addDays(-1);
    if (auto scanned = m_reads.scanOverdueItems(asOf, dueBy, onCustomer, onItem); !scanned)
        return std::unexpected(scanned.error());
    close();
    return notices;
}

Result<void> DunningService::record(const ReminderNotice& notice, ReminderChannel channel,
                                    QDate date)
{
    return record(QList<ReminderNotice>{notice}, channel, date);
}

Result<void> DunningService::record(const QList<ReminderNotice>& notices, ReminderChannel channel,
                                    QDate date)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidArgument, u"a reminder needs the date it was sent"_s);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    for (const ReminderNotice& notice : notices) {
        if (auto ok = insert(notice, channel, date); !ok)
            return ok;
    }
    return transaction->commit();
}

Result<void> DunningService::insert(const ReminderNotice& notice, ReminderChannel channel,
                                    QDate date)
{
    for (const ReminderItem& item : notice.items) {
        if (!item.raised)
            continue;
        if (auto ok = m_log.insert(item.item, notice.customer, item.level, date, channel); !ok)
            return ok;
    }
    return m_bookCharges ? bookCharge(notice, date) : Result<void>{};
}

QString DunningService::chargeNumber(const ReminderNotice& notice, QDate date)
{
    return u"REM-"_s + IsoDate::format(date) + u'-' + notice.customerCode;
}

// Booked inside record()'s transaction (a savepoint in InvoiceEntryService), so a charge exists
// exactly when its letter is in the log.
Result<void> DunningService::bookCharge(const ReminderNotice& notice, QDate date)
{
    const qint64 charge = notice.interestMinor + notice.feeMinor;
    if (charge <= 0)
        return {};
    const Money interest(notice.interestMinor, notice.currency);
    const Money fee(notice.feeMinor, notice.currency);
    const QString description = u"%1: late-payment interest %2 %4, fee %3 %4"_s.arg(
        notice.level.name, interest.toPlainString(), fee.toPlainString(), notice.currency.code());
    const auto booked = InvoiceEntryService(m_database)
                            .create({.customer = notice.customer,
                                     .number = chargeNumber(notice, date),
                                     .issueDate = date,
                                     .dueDate = std::nullopt,
                                     .amount = Money(charge, notice.currency),
                                     .description = description,
                                     .charge = true});
    if (!booked)
        return std::unexpected(booked.error());
    return {};
}

Result<void> DunningService::deliver(const QList<ReminderNotice>& notices, ReminderOutput& output,
                                     ReminderChannel channel, QDate date)
{
    for (const ReminderNotice& notice : notices) {
        std::optional<Result<void>> recorded;
        const auto recordOnce = [&] {
            if (!recorded)
                recorded = record(notice, channel, date);
        };
        if (auto delivered = output.deliver(notice, recordOnce); !delivered && !recorded)
            return delivered;
        recordOnce();
        if (!*recorded)
            return *recorded;
    }
    return {};
}

} // namespace ardesk
