#include "WriteOffCommand.h"

#include "domain/Money.h"
#include "ledger/WriteOffService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString WriteOffCommand::name() const
{
    return u"write-off"_s;
}

QString WriteOffCommand::summary() const
{
    return u"Write off (part of) an invoice."_s;
}

void WriteOffCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({u"invoice"_s, u"The invoice number."_s, u"NUMBER"_s});
    parser.addOption({u"date"_s, u"Date of the write-off (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"amount"_s, u"Amount to write off (default: all that is open)."_s, u"A"_s});
    parser.addOption({u"reason"_s, u"Why, for the audit trail."_s, u"TEXT"_s});
}

int WriteOffCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"write-off takes no arguments"_s);
    if (parser.value(u"invoice"_s).isEmpty())
        return context.usageError(u"--invoice NUMBER is required"_s);
    if (parser.value(u"reason"_s).isEmpty())
        return context.usageError(u"--reason TEXT is required"_s);
    const auto date = context.requiredDate(u"date"_s);
    if (!date)
        return UsageError;

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    WriteOffService service(**ledger);
    WriteOffService::Request request{.invoiceNumber = parser.value(u"invoice"_s),
                                     .date = *date,
                                     .amountMinor = std::nullopt,
                                     .reason = parser.value(u"reason"_s)};
    if (parser.isSet(u"amount"_s)) {
        // How many decimals the amount may have depends on the invoice's currency.
        const auto invoice = service.invoice(request.invoiceNumber);
        if (!invoice)
            return context.fail(invoice.error());
        const QString text = parser.value(u"amount"_s);
        const auto amount = Money::parsePlain(text, invoice->amount().currency());
        if (!amount)
            return context.usageError(u"--amount: "_s + amount.error().detail);
        request.amountMinor = amount->minor();
    }
    const auto writeOff = service.writeOff(request);
    if (!writeOff)
        return context.fail(writeOff.error());
    context.message(u"Wrote off %1 %2 of invoice %3."_s.arg(writeOff->amount.toPlainString(),
                                                            writeOff->amount.currency().code(),
                                                            request.invoiceNumber));
    return Success;
}

} // namespace ardesk::cli
