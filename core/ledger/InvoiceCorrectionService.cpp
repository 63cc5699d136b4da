#include "ledger/InvoiceCorrectionService.h"

#include <algorithm>
#include <tuple>

#include <QStringList>

#include "domain/AmountLimit.h"
#include "domain/Clock.h"
#include "domain/InvoiceRules.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "domain/WriteOff.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString plain(qint64 minor, CurrencyCode currency)
{
    return Money(minor, currency).toPlainString();
}

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? IsoDate::format(date) : QString();
}

// Whether anything a correction changes differs; what is applied to the invoice moves with
// every payment and is checked against the stored figure anyway.
bool changedSince(const CorrectableInvoice& read, const CorrectableInvoice& now)
{
    return std::tie(read.number, read.issueDate, read.dueDate, read.amountMinor, read.description,
                    read.discountUntil, read.voidDate, read.voidReason) !=
           std::tie(now.number, now.issueDate, now.dueDate, now.amountMinor, now.description,
                    now.discountUntil, now.voidDate, now.voidReason);
}

} // namespace

InvoiceCorrectionService::InvoiceCorrectionService(Database& database)
    : m_database(database)
    , m_corrections(database)
    , m_log(database)
    , m_invoices(database)
    , m_allocations(database)
    , m_writeOffs(database)
{}

Result<CorrectableInvoice> InvoiceCorrectionService::invoice(const QString& number)
{
    const auto found = m_corrections.invoiceByNumber(number);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no invoice numbered \"%1\""_s.arg(number));
    return **found;
}

Result<CorrectableInvoice> InvoiceCorrectionService::invoice(InvoiceId id)
{
    const auto found = m_corrections.invoiceById(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no invoice with id %1"_s.arg(id.value));
    return **found;
}

Result<void> InvoiceCorrectionService::log(const CorrectableInvoice& invoice,
                                           Correction::Action action, const QString& field,
                                           const QString& oldValue, const QString& newValue,
                                           QDate date, const QString& reason)
{
    return m_log.append({.id = 0,
                         .customerId = invoice.customerId,
                         .documentKind = Correction::DocumentKind::Invoice,
                         .document = invoice.number,
                         .action = action,
                         .field = field,
                         .oldValue = oldValue,
                         .newValue = newValue,
                         .date = date,
                         .reason = reason,
                         .madeAt = Clock::nowUtc()});
}

Result<int> InvoiceCorrectionService::edit(const Edit& request)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = request.asRead ? invoice(request.asRead->id) : invoice(request.number);
    if (!found)
        return std::unexpected(found.error());
    const CorrectableInvoice before = *found;
    if (request.asRead && changedSince(*request.asRead, before))
        return fail(ErrorCode::ChangedMeanwhile,
                    u"invoice %1 was changed by someone else since it was read"_s.arg(
                        request.asRead->number));
    if (before.voidDate.isValid())
        return fail(ErrorCode::InvalidInput,
                    u"invoice %1 is void since %2; it cannot be changed"_s.arg(
                        before.number, IsoDate::format(before.voidDate)));

    CorrectableInvoice after = before;
    if (request.newNumber) {
        if (const auto problem = InvoiceRules::numberProblem(*request.newNumber))
            return fail(ErrorCode::InvalidInput, *problem);
        const auto taken = m_corrections.numberTaken(*request.newNumber, before.id);
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            return fail(ErrorCode::InvalidInput,
                        u"invoice number %1 is taken"_s.arg(*request.newNumber));
        after.number = *request.newNumber;
    }
    if (request.issueDate) {
        if (!request.issueDate->isValid())
            return fail(ErrorCode::InvalidInput, u"an invoice needs an issue date"_s);
        after.issueDate = *request.issueDate;
        // The offer was fixed as so many days from the issue date: it moves with it.
        if (before.discountUntil.isValid())
            after.discountUntil =
                before.discountUntil.addDays(before.issueDate.daysTo(after.issueDate));
    }
    if (request.dueDate) {
        if (!request.dueDate->isValid())
            return fail(ErrorCode::InvalidInput, u"an invoice needs a due date"_s);
        after.dueDate = *request.dueDate;
    }
    if (request.description)
        after.description = *request.description;
    if (request.amountMinor) {
        const qint64 amount = *request.amountMinor;
        if (amount <= 0)
            return fail(ErrorCode::InvalidInput, u"an invoice must be a positive amount"_s);
        // What is applied stays applied: an amount below it would leave the invoice over-paid.
        if (amount < before.allocatedMinor)
            return fail(ErrorCode::InvalidInput,
                        u"invoice %1 has %2 applied to it (payments, credit notes, write-offs "
                        "or a plan); its amount cannot be less: un-apply first"_s.arg(
                            before.number, plain(before.allocatedMinor, before.currency)));
        if (amount > before.amountMinor) {
            if (auto ok = AmountLimit::countIn(
                    nullptr, [this] { return m_invoices.amountTotal(); },
                    amount - before.amountMinor, before.currency, u"invoices"_s);
                !ok)
                return std::unexpected(ok.error());
        }
        after.amountMinor = amount;
    }

    QList<std::tuple<QString, QString, QString>> changes;
    if (after.number != before.number)
        changes.append({u"number"_s, before.number, after.number});
    if (after.issueDate != before.issueDate)
        changes.append(
            {u"issue_date"_s, IsoDate::format(before.issueDate), IsoDate::format(after.issueDate)});
    if (after.dueDate != before.dueDate)
        changes.append(
            {u"due_date"_s, IsoDate::format(before.dueDate), IsoDate::format(after.dueDate)});
    if (after.amountMinor != before.amountMinor)
        changes.append({u"amount"_s, plain(before.amountMinor, before.currency),
                        plain(after.amountMinor, before.currency)});
    if (after.description != before.description)
        changes.append({u"description"_s, before.description, after.description});
    if (after.discountUntil != before.discountUntil)
        changes.append({u"discount_until"_s, isoOrEmpty(before.discountUntil),
                        isoOrEmpty(after.discountUntil)});
    if (changes.isEmpty())
        return 0;

    if (auto ok = m_corrections.updateInvoice(after); !ok)
        return std::unexpected(ok.error());
    // The log names the invoice by the number it has after the change, so that its history
    // follows it; the number's own change says what it was.
    for (const auto& [field, oldValue, newValue] : changes) {
        if (auto ok =
                log(after, Correction::Action::Edit, field, oldValue, newValue, {}, request.reason);
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return static_cast<int>(changes.size());
}

Result<void> InvoiceCorrectionService::voidInvoice(const QString& number, QDate date,
                                                   const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, u"a void needs a reason"_s);
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, u"a void needs a date"_s);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = invoice(number);
    if (!found)
        return std::unexpected(found.error());
    if (found->voidDate.isValid())
        return fail(ErrorCode::InvalidInput, u"invoice %1 is void since %2"_s.arg(
                                                 found->number, IsoDate::format(found->voidDate)));

    // Money stays where the bookkeeper put it: a void never moves a payment silently.
    const auto credits = m_corrections.creditsAppliedTo(found->id);
    if (!credits)
        return std::unexpected(credits.error());
    if (!credits->isEmpty()) {
        QStringList names;
        for (const auto& [code, applied] : *credits)
            names.append(u"%1 %2"_s.arg(code, plain(applied, found->currency)));
        return fail(ErrorCode::InvalidInput,
                    u"invoice %1 has payments or credit notes applied (%2); un-apply them "
                    "first"_s.arg(found->number, names.join(u", "_s)));
    }
    if (found->allocatedMinor != 0)
        return fail(ErrorCode::InvalidInput,
                    u"invoice %1 is written off or taken over by a plan (%2); it cannot be "
                    "voided"_s.arg(found->number, plain(found->allocatedMinor, found->currency)));

    const auto latest = m_corrections.latestAllocationDate(found->id);
    if (!latest)
        return std::unexpected(latest.error());
    const QDate earliest =
        latest->isValid() ? std::max(*latest, found->issueDate) : found->issueDate;
    if (date < earliest)
        return fail(ErrorCode::InvalidInput,
                    u"invoice %1 can be voided only as of %2 or later (its issue date or its "
                    "latest allocation); got %3"_s.arg(found->number, IsoDate::format(earliest),
                                                       IsoDate::format(date)));

    const auto row = m_writeOffs.insert({.id = {},
                                         .invoiceId = found->id,
                                         .date = date,
                                         .amount = Money(found->amountMinor, found->currency),
                                         .reason = reason,
                                         .kind = WriteOff::Kind::WriteOff,
                                         .creditId = {},
                                         .isVoid = true});
    if (!row)
        return std::unexpected(row.error());
    if (auto ok = m_allocations.allocate(found->id, *row, date, found->amountMinor); !ok)
        return ok;
    if (auto ok = m_corrections.markInvoiceVoid(found->id, date, reason); !ok)
        return ok;
    if (auto ok = log(*found, Correction::Action::Void, {}, {}, {}, date, reason); !ok)
        return ok;
    return transaction->commit();
}

Result<void> InvoiceCorrectionService::remove(const QString& number)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = invoice(number);
    if (!found)
        return std::unexpected(found.error());
    if (found->voidDate.isValid())
        return fail(ErrorCode::InvalidInput,
                    u"invoice %1 is void; a void invoice is kept"_s.arg(found->number));
    const auto use = m_corrections.invoiceUse(found->id);
    if (!use)
        return std::unexpected(use.error());
    if (!use->isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            u"invoice %1 cannot be deleted: %2; void it instead"_s.arg(found->number, *use));
    if (auto ok = log(*found, Correction::Action::Delete, u"amount"_s,
                      plain(found->amountMinor, found->currency), {}, {}, {});
        !ok)
        return ok;
    if (auto ok = m_corrections.deleteInvoice(found->id); !ok)
        return ok;
    return transaction->commit();
}

} // namespace ardesk
