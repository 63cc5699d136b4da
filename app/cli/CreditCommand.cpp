#include "CreditCommand.h"

#include <QStringList>

#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "ledger/CreditCorrectionService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

CreditCommand::CreditCommand(Credit::Kind kind)
    : m_kind(kind)
{}

QString CreditCommand::name() const
{
    return m_kind == Credit::Kind::Payment ? u"payment"_s : u"credit-note"_s;
}

QString CreditCommand::word() const
{
    return m_kind == Credit::Kind::Payment ? u"payment"_s : u"credit note"_s;
}

QString CreditCommand::summary() const
{
    return m_kind == Credit::Kind::Payment
               ? u"Correct a saved payment: void, un-apply, apply or delete it (history kept)."_s
               : u"Correct a saved credit note: void, un-apply, apply or delete it (history "
                 "kept)."_s;
}

void CreditCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"void, unapply, apply or delete."_s);
    parser.addPositionalArgument(m_kind == Credit::Kind::Payment ? u"ID"_s : u"NUMBER"_s,
                                 u"The "_s + word() + u"."_s);
    parser.addOption(
        {u"date"_s, u"void, unapply, apply: the date it takes effect (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"invoice"_s,
                      u"unapply: only from this invoice; apply: only to this invoice."_s,
                      u"NUMBER"_s});
    parser.addOption({u"amount"_s,
                      u"unapply: how much (default all it pays there); apply: how much "
                      "(default all that is unapplied)."_s,
                      u"A"_s});
    parser.addOption({u"reason"_s, u"Why, for the history (required to void)."_s, u"TEXT"_s});
}

int CreditCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString usage = u"expected %1 void|unapply|apply|delete %2"_s.arg(
        name(), m_kind == Credit::Kind::Payment ? u"ID"_s : u"NUMBER"_s);
    if (arguments.size() != 2 || arguments.at(1).isEmpty())
        return context.usageError(usage);
    const QString action = arguments.at(0);
    if (action == u"void"_s)
        return voidCredit(context, arguments.at(1));
    if (action == u"unapply"_s)
        return unapply(context, arguments.at(1));
    if (action == u"apply"_s)
        return apply(context, arguments.at(1));
    if (action == u"delete"_s)
        return remove(context, arguments.at(1));
    return context.usageError(usage);
}

int CreditCommand::voidCredit(CliContext& context, const QString& code) const
{
    const auto reason = context.requiredText(u"reason"_s);
    if (!reason)
        return UsageError;
    const auto date = context.requiredDate(u"date"_s);
    if (!date)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    CreditCorrectionService service(**ledger);
    if (auto ok = service.voidCredit(m_kind, code, *date, *reason); !ok)
        return context.fail(ok.error());
    context.message(u"Voided %1 %2 as of %3."_s.arg(word(), code, IsoDate::format(*date)));
    return Success;
}

int CreditCommand::unapply(CliContext& context, const QString& code) const
{
    QCommandLineParser& parser = context.parser();
    const auto date = context.requiredDate(u"date"_s);
    if (!date)
        return UsageError;
    if (parser.isSet(u"amount"_s) && parser.value(u"invoice"_s).isEmpty())
        return context.usageError(u"--amount needs --invoice NUMBER"_s);
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    CreditCorrectionService service(**ledger);
    const auto credit = service.credit(m_kind, code);
    if (!credit)
        return context.fail(credit.error());
    CreditCorrectionService::Unapply request{.kind = m_kind,
                                             .code = code,
                                             .invoiceNumber = parser.value(u"invoice"_s),
                                             .amountMinor = std::nullopt,
                                             .date = *date,
                                             .reason = parser.value(u"reason"_s)};
    const auto amount = context.amountOption(u"amount"_s, credit->currency);
    if (!amount)
        return context.usageError(amount.error().detail);
    if (*amount)
        request.amountMinor = (*amount)->minor();
    const auto taken = service.unapply(request);
    if (!taken)
        return context.fail(taken.error());
    context.message(u"Un-applied %1 %2 of %3 %4 as of %5."_s.arg(
        Money(*taken, credit->currency).toPlainString(), credit->currency.code(), word(), code,
        IsoDate::format(*date)));
    return Success;
}

int CreditCommand::apply(CliContext& context, const QString& code) const
{
    QCommandLineParser& parser = context.parser();
    const auto date = context.requiredDate(u"date"_s);
    if (!date)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    CreditCorrectionService service(**ledger);
    const auto credit = service.credit(m_kind, code);
    if (!credit)
        return context.fail(credit.error());
    CreditCorrectionService::Apply request{.kind = m_kind,
                                           .code = code,
                                           .invoiceNumber = parser.value(u"invoice"_s),
                                           .amountMinor = std::nullopt,
                                           .date = *date,
                                           .shares = {},
                                           .reason = parser.value(u"reason"_s)};
    const auto amount = context.amountOption(u"amount"_s, credit->currency);
    if (!amount)
        return context.usageError(amount.error().detail);
    if (*amount)
        request.amountMinor = (*amount)->minor();
    const auto before = service.applications(m_kind, code);
    if (!before)
        return context.fail(before.error());
    const auto shares = service.apply(request);
    if (!shares)
        return context.fail(shares.error());
    const auto after = service.applications(m_kind, code);
    if (!after)
        return context.fail(after.error());
    // The items by number, from what the credit pays after the application.
    qint64 total = 0;
    QStringList parts;
    for (const AllocationShare& share : *shares) {
        total += share.amountMinor;
        for (const CreditApplication& application : *after) {
            if (application.invoiceId == share.item)
                parts.append(application.number + u' ' +
                             Money(share.amountMinor, credit->currency).toPlainString());
        }
    }
    context.message(u"Applied %1 %2 of %3 %4 as of %5: %6."_s.arg(
        Money(total, credit->currency).toPlainString(), credit->currency.code(), word(), code,
        IsoDate::format(*date), parts.join(u", "_s)));
    return Success;
}

int CreditCommand::remove(CliContext& context, const QString& code) const
{
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    CreditCorrectionService service(**ledger);
    if (auto ok = service.remove(m_kind, code); !ok)
        return context.fail(ok.error());
    context.message(u"Deleted %1 %2."_s.arg(word(), code));
    return Success;
}

} // namespace ardesk::cli
