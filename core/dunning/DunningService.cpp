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
    notice.feeMinor = notice.level.feeMinor;
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
//   past due; customers on hold are left out by the scan itself.
// - An item escalates at most one level per run: to the level after the last one sent for it,
//   when it is at least that level's days overdue. A level is never sent twice for an item
//   (the log's UNIQUE (invoice_id, level) enforces it too); past the last level, nothing.
// - Disputed items and items under a running promise (see PromiseCover) are skipped.
// - At most one letter per customer per run, and none when the customer's last reminder is less
//   than 7 days before the date: sent on day L, the next can go on L + 7.
// - A customer gets a letter when at least one item is raised. The letter lists all the
//   customer's overdue items that are not held back ("one letter per customer lists all its
//   overdue items"), raised or not; only the raised ones are recorded. The highest level among
//   them picks the template and the fee; each item carries its own level's interest (none for
//   an item not yet at any level).
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
    for (const DunningLevel& level : *levels)
        byNumber.insert(level.level, level);
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
    // The current customer's notice (CurrencyCode has no empty value, so neither has a notice).
    std::optional<ReminderNotice> notice;
    bool customerSkipped = true;
    const auto close = [&] {
        const auto raised = [](const ReminderItem& item) { return item.raised; };
        if (notice && std::ranges::any_of(notice->items, raised)) {
            addTotals(*notice);
            notices.append(std::move(*notice));
        }
        notice.reset();
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
    };
    const auto onItem = [&](const OverdueItem& item) {
        if (customerSkipped || disputed->contains(item.id) || promised.items.contains(item.id))
            return;
        const int daysOverdue = int(item.dueDate.daysTo(asOf));
        const auto next = byNumber.constFind(item.lastLevel + 1);
        const bool raised = next != byNumber.cend() && daysOverdue >= next->daysOverdue;
        const auto reached = byNumber.constFind(raised ? next->level : item.lastLevel);
        const int rate = reached == byNumber.cend() ? 0 : reached->annualRateBasisPoints;
        notice->items.append({.item = item.id,
                              .document = item.document,
                              .issueDate = item.issueDate,
                              .dueDate = item.dueDate,
                              .daysOverdue = daysOverdue,
                              .openMinor = item.openMinor,
                              .interestMinor = interestMinor(item.openMinor, rate, daysOverdue),
                              .level = raised ? next->level : item.lastLevel,
                              .raised = raised});
        if (reached != byNumber.cend() && reached->level > notice->level.level)
            notice->level = *reached;
    };
    // Every item one day or more overdue goes on the letter, whatever the first level's days.
    const QDate dueBy = asOf.addDays(-1);
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
        if (auto delivered = output.deliver(notice); !delivered)
            return delivered;
        if (auto recorded = record(notice, channel, date); !recorded)
            return recorded;
    }
    return {};
}

} // namespace ardesk
