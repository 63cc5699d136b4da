#include "ledger/CreditCorrectionService.h"

#include "domain/Clock.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString kindWord(Credit::Kind kind)
{
    return kind == Credit::Kind::Payment ? u"payment"_s : u"credit note"_s;
}

QString named(const CorrectableCredit& credit)
{
    return kindWord(credit.kind) + u' ' + credit.code;
}

QString plain(qint64 minor, CurrencyCode currency)
{
    return Money(minor, currency).toPlainString();
}

} // namespace

CreditCorrectionService::CreditCorrectionService(Database& database)
    : m_database(database)
    , m_corrections(database)
    , m_log(database)
    , m_allocations(database)
    , m_allocationService(database)
{}

Result<CorrectableCredit> CreditCorrectionService::credit(Credit::Kind kind, const QString& code)
{
    const auto found = m_corrections.creditByCode(kind, code);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no %1 \"%2\""_s.arg(kindWord(kind), code));
    return **found;
}

Result<QList<CreditApplication>> CreditCorrectionService::applications(Credit::Kind kind,
                                                                       const QString& code)
{
    const auto found = credit(kind, code);
    if (!found)
        return std::unexpected(found.error());
    return m_corrections.applications(found->id);
}

Result<CorrectableCredit> CreditCorrectionService::correctable(Credit::Kind kind,
                                                               const QString& code, QDate date)
{
    const auto found = credit(kind, code);
    if (!found)
        return found;
    if (found->voidDate.isValid())
        return fail(ErrorCode::InvalidInput, u"%1 is void since %2; it cannot be changed"_s.arg(
                                                 named(*found), IsoDate::format(found->voidDate)));
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, u"a correction needs a date"_s);
    const auto last = m_corrections.lastChangeDate(found->id);
    if (!last)
        return std::unexpected(last.error());
    if (date < *last)
        return fail(ErrorCode::InvalidInput,
                    u"%1 can be corrected only as of %2 or later (its date or its latest change); "
                    "got %3"_s.arg(named(*found), IsoDate::format(*last), IsoDate::format(date)));
    return found;
}

Result<void> CreditCorrectionService::log(const CorrectableCredit& credit,
                                          Correction::Action action, const QString& field,
                                          const QString& oldValue, const QString& newValue,
                                          QDate date, const QString& reason)
{
    return m_log.append({.id = 0,
                         .customerId = credit.customerId,
                         .documentKind = credit.kind == Credit::Kind::Payment
                                             ? Correction::DocumentKind::Payment
                                             : Correction::DocumentKind::CreditNote,
                         .document = credit.code,
                         .action = action,
                         .field = field,
                         .oldValue = oldValue,
                         .newValue = newValue,
                         .date = date,
                         .reason = reason,
                         .madeAt = Clock::nowUtc()});
}

Result<void> CreditCorrectionService::takeBack(const CorrectableCredit& credit,
                                               const CreditApplication& application,
                                               qint64 amountMinor, QDate date,
                                               const QString& reason)
{
    // A negative row dated `date`: as of any earlier day the invoice's open amount and the
    // credit's unapplied amount read as they did (OpenItemSql).
    if (auto ok = m_allocations.allocate(application.invoiceId, credit.id, date, -amountMinor); !ok)
        return ok;
    // The discount was earned by paying the invoice in time; once the payment no longer pays
    // it, the invoice owes the discount again.
    for (const auto& [writeOff, discountMinor] : application.discounts) {
        if (auto ok = m_allocations.allocate(application.invoiceId, writeOff, date, -discountMinor);
            !ok)
            return ok;
    }
    return log(credit, Correction::Action::Unapply, application.number,
               plain(application.appliedMinor, credit.currency),
               plain(application.appliedMinor - amountMinor, credit.currency), date, reason);
}

Result<qint64> CreditCorrectionService::unapply(const Unapply& request)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = correctable(request.kind, request.code, request.date);
    if (!found)
        return std::unexpected(found.error());
    const auto applied = m_corrections.applications(found->id);
    if (!applied)
        return std::unexpected(applied.error());
    if (request.amountMinor && request.invoiceNumber.isEmpty())
        return fail(ErrorCode::InvalidInput, u"an amount to un-apply needs its invoice"_s);

    qint64 total = 0;
    bool any = false;
    for (const CreditApplication& application : *applied) {
        if (!request.invoiceNumber.isEmpty() && application.number != request.invoiceNumber)
            continue;
        any = true;
        const qint64 amount = request.amountMinor.value_or(application.appliedMinor);
        if (amount <= 0)
            return fail(ErrorCode::InvalidInput, u"the amount to un-apply must be positive"_s);
        if (amount > application.appliedMinor)
            return fail(ErrorCode::InvalidInput,
                        u"%1 has only %2 applied to %3; cannot un-apply %4"_s.arg(
                            named(*found), plain(application.appliedMinor, found->currency),
                            application.number, plain(amount, found->currency)));
        if (auto ok = takeBack(*found, application, amount, request.date, request.reason); !ok)
            return std::unexpected(ok.error());
        total += amount;
    }
    if (!any) {
        if (request.invoiceNumber.isEmpty())
            return fail(ErrorCode::InvalidInput, u"%1 is applied to nothing"_s.arg(named(*found)));
        return fail(ErrorCode::InvalidInput,
                    u"%1 pays nothing of %2"_s.arg(named(*found), request.invoiceNumber));
    }
    if (auto ok = m_corrections.changeUnapplied(found->id, total, request.date); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return total;
}

Result<QList<AllocationShare>> CreditCorrectionService::apply(const Apply& request)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = correctable(request.kind, request.code, request.date);
    if (!found)
        return std::unexpected(found.error());
    if (found->unappliedMinor == 0)
        return fail(ErrorCode::InvalidInput,
                    u"%1 has nothing unapplied to apply"_s.arg(named(*found)));
    if (request.amountMinor && *request.amountMinor <= 0)
        return fail(ErrorCode::InvalidInput, u"the amount to apply must be positive"_s);
    if (request.amountMinor && *request.amountMinor > found->unappliedMinor)
        return fail(ErrorCode::InvalidInput,
                    u"%1 has only %2 unapplied; cannot apply %3"_s.arg(
                        named(*found), plain(found->unappliedMinor, found->currency),
                        plain(*request.amountMinor, found->currency)));

    const Credit later{
        .id = found->id,
        .kind = found->kind,
        .code = found->code,
        .customerId = found->customerId,
        .date = request.date,
        .amount = Money(request.amountMinor.value_or(found->unappliedMinor), found->currency),
        .invoiceId = {},
        .planId = {},
        .method = {},
        .reference = {},
        .reason = {}};
    QList<AllocationShare> shares = request.shares;
    if (shares.isEmpty() && !request.invoiceNumber.isEmpty()) {
        const auto invoice = m_corrections.invoiceByNumber(request.invoiceNumber);
        if (!invoice)
            return std::unexpected(invoice.error());
        if (!*invoice)
            return fail(ErrorCode::NotFound,
                        u"no invoice numbered \"%1\""_s.arg(request.invoiceNumber));
        const qint64 open = (*invoice)->amountMinor - (*invoice)->allocatedMinor;
        if (open == 0)
            return fail(ErrorCode::InvalidInput,
                        u"invoice %1 has nothing open"_s.arg(request.invoiceNumber));
        shares.append(
            {.item = (*invoice)->id,
             .amountMinor = request.amountMinor.value_or(std::min(open, found->unappliedMinor)),
             .discountMinor = 0});
    } else if (shares.isEmpty()) {
        const auto proposed = m_allocationService.proposeLater(later);
        if (!proposed)
            return std::unexpected(proposed.error());
        shares = *proposed;
    }
    if (shares.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    u"nothing of the customer's issued by %1 is open to apply %2 to"_s.arg(
                        IsoDate::format(request.date), named(*found)));

    const auto before = m_corrections.applications(found->id);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = m_allocationService.applyLater(later, shares); !ok)
        return std::unexpected(ok.error());
    qint64 total = 0;
    for (const AllocationShare& share : shares) {
        total += share.amountMinor;
        qint64 had = 0;
        for (const CreditApplication& application : *before) {
            if (application.invoiceId == share.item)
                had = application.appliedMinor;
        }
        const auto item = m_allocations.item(share.item);
        if (!item)
            return std::unexpected(item.error());
        const QString number = *item ? (*item)->number : QString();
        if (auto ok =
                log(*found, Correction::Action::Apply, number, plain(had, found->currency),
                    plain(had + share.amountMinor, found->currency), request.date, request.reason);
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = m_corrections.changeUnapplied(found->id, -total, request.date); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return shares;
}

Result<void> CreditCorrectionService::voidCredit(Credit::Kind kind, const QString& code, QDate date,
                                                 const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, u"a void needs a reason"_s);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = correctable(kind, code, date);
    if (!found)
        return std::unexpected(found.error());
    const auto applied = m_corrections.applications(found->id);
    if (!applied)
        return std::unexpected(applied.error());
    for (const CreditApplication& application : *applied) {
        if (auto ok = takeBack(*found, application, application.appliedMinor, date, reason); !ok)
            return ok;
    }
    if (auto ok = m_corrections.markCreditVoid(found->id, date, reason); !ok)
        return ok;
    if (auto ok = log(*found, Correction::Action::Void, {}, {}, {}, date, reason); !ok)
        return ok;
    return transaction->commit();
}

Result<void> CreditCorrectionService::remove(Credit::Kind kind, const QString& code)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto found = credit(kind, code);
    if (!found)
        return std::unexpected(found.error());
    const auto use = m_corrections.creditUse(found->id);
    if (!use)
        return std::unexpected(use.error());
    if (!use->isEmpty())
        return fail(ErrorCode::InvalidInput,
                    u"%1 cannot be deleted: %2; void it instead"_s.arg(named(*found), *use));
    if (auto ok = log(*found, Correction::Action::Delete, u"amount"_s,
                      plain(found->amountMinor, found->currency), {}, found->date, {});
        !ok)
        return ok;
    if (auto ok = m_corrections.deleteCredit(found->id); !ok)
        return ok;
    return transaction->commit();
}

} // namespace ardesk
