#include "InvoiceCommand.h"

#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "ledger/InvoiceCorrectionService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString InvoiceCommand::name() const
{
    return u"invoice"_s;
}

QString InvoiceCommand::summary() const
{
    return u"Correct a saved invoice: edit, void or delete it (history kept)."_s;
}

void InvoiceCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"edit, void or delete."_s);
    parser.addPositionalArgument(u"NUMBER"_s, u"The invoice number."_s);
    parser.addOption({u"number"_s, u"edit: the new invoice number."_s, u"NUMBER"_s});
    parser.addOption({u"issue-date"_s, u"edit: the new issue date (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"due-date"_s, u"edit: the new due date (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"amount"_s, u"edit: the new amount."_s, u"A"_s});
    parser.addOption({u"description"_s, u"edit: the new description."_s, u"TEXT"_s});
    parser.addOption(
        {u"date"_s, u"void: the date from which it is void (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"reason"_s, u"Why, for the history (required to void)."_s, u"TEXT"_s});
}

int InvoiceCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    if (arguments.size() != 2 || arguments.at(1).isEmpty())
        return context.usageError(u"expected invoice edit|void|delete NUMBER"_s);
    if (action == u"edit"_s)
        return edit(context, arguments.at(1));
    if (action == u"void"_s)
        return voidInvoice(context, arguments.at(1));
    if (action == u"delete"_s)
        return remove(context, arguments.at(1));
    return context.usageError(u"expected invoice edit|void|delete NUMBER"_s);
}

int InvoiceCommand::edit(CliContext& context, const QString& number)
{
    QCommandLineParser& parser = context.parser();
    InvoiceCorrectionService::Edit request{.number = number, .reason = parser.value(u"reason"_s)};
    if (parser.isSet(u"number"_s))
        request.newNumber = parser.value(u"number"_s);
    if (parser.isSet(u"issue-date"_s)) {
        const auto date = context.requiredDate(u"issue-date"_s);
        if (!date)
            return UsageError;
        request.issueDate = *date;
    }
    if (parser.isSet(u"due-date"_s)) {
        const auto date = context.requiredDate(u"due-date"_s);
        if (!date)
            return UsageError;
        request.dueDate = *date;
    }
    if (parser.isSet(u"description"_s))
        request.description = parser.value(u"description"_s);
    if (!request.newNumber && !request.issueDate && !request.dueDate &&
        !parser.isSet(u"amount"_s) && !request.description)
        return context.usageError(u"invoice edit needs at least one of --number, --issue-date, "
                                  "--due-date, --amount, --description"_s);

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    InvoiceCorrectionService service(**ledger);
    if (parser.isSet(u"amount"_s)) {
        // How many decimals the amount may have depends on the invoice's currency.
        const auto invoice = service.invoice(number);
        if (!invoice)
            return context.fail(invoice.error());
        const auto amount = context.amountOption(u"amount"_s, invoice->currency);
        if (!amount)
            return context.usageError(amount.error().detail);
        request.amountMinor = (*amount)->minor();
    }
    const auto changed = service.edit(request);
    if (!changed)
        return context.fail(changed.error());
    const QString shownAs = request.newNumber.value_or(number);
    context.message(
        *changed == 0 ? u"Invoice %1 already has these values; nothing changed."_s.arg(number)
                      : u"Changed %1 of invoice %2."_s.arg(
                            *changed == 1 ? u"1 field"_s : u"%1 fields"_s.arg(*changed), shownAs));
    return Success;
}

int InvoiceCommand::voidInvoice(CliContext& context, const QString& number)
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
    InvoiceCorrectionService service(**ledger);
    if (auto ok = service.voidInvoice(number, *date, *reason); !ok)
        return context.fail(ok.error());
    context.message(u"Voided invoice %1 as of %2."_s.arg(number, IsoDate::format(*date)));
    return Success;
}

int InvoiceCommand::remove(CliContext& context, const QString& number)
{
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    InvoiceCorrectionService service(**ledger);
    if (auto ok = service.remove(number); !ok)
        return context.fail(ok.error());
    context.message(u"Deleted invoice %1."_s.arg(number));
    return Success;
}

} // namespace ardesk::cli
