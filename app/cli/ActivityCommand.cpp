#include "ActivityCommand.h"

#include <QIODevice>

#include "LedgerCustomer.h"
#include "domain/ActivityKindName.h"
#include "domain/IsoDate.h"
#include "exports/ReportTables.h"
#include "ledger/ActivityService.h"
#include "ledger/InvoiceLookup.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

// The options of `activity add`, checked as far as they can be without the ledger.
struct AddOptions {
    ActivityKind kind = ActivityKind::Note;
    QDate date;
    QDate payBy; // null when not given
};

std::optional<AddOptions> readAddOptions(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.isSet(u"kind"_s)) {
        context.usageError(u"--kind call|email|note|promise|dispute is required"_s);
        return std::nullopt;
    }
    const QString kindName = parser.value(u"kind"_s);
    const auto kind = activityKindFromName(kindName);
    if (!kind) {
        context.usageError(u"--kind: expected call, email, note, promise or dispute, got "
                           "\"%1\""_s.arg(kindName));
        return std::nullopt;
    }
    AddOptions options{.kind = *kind, .date = {}, .payBy = {}};
    const auto date = context.requiredDate(u"date"_s);
    if (!date)
        return std::nullopt;
    options.date = *date;
    const bool promise = *kind == ActivityKind::Promise;
    if (!promise && (parser.isSet(u"amount"_s) || parser.isSet(u"pay-by"_s))) {
        context.usageError(u"--amount and --pay-by are for --kind promise"_s);
        return std::nullopt;
    }
    if (parser.isSet(u"pay-by"_s)) {
        const auto payBy = context.requiredDate(u"pay-by"_s);
        if (!payBy)
            return std::nullopt;
        options.payBy = *payBy;
    }
    if (parser.isSet(u"invoice"_s) && parser.value(u"invoice"_s).isEmpty()) {
        context.usageError(u"--invoice: expected an invoice number"_s);
        return std::nullopt;
    }
    return options;
}

} // namespace

QString ActivityCommand::name() const
{
    return u"activity"_s;
}

QString ActivityCommand::summary() const
{
    return u"A customer's activity log: add calls, notes, promises, disputes; resolve, list."_s;
}

void ActivityCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"add, resolve or list."_s);
    parser.addOption({u"customer"_s, u"add, list: the customer's id."_s, u"ID"_s});
    parser.addOption({u"kind"_s, u"add: call, email, note, promise or dispute."_s, u"KIND"_s});
    parser.addOption({u"date"_s,
                      u"add: the day it happened; resolve: the day the dispute was resolved."_s,
                      u"DATE"_s});
    parser.addOption({u"text"_s, u"add: what was said (a note needs it)."_s, u"TEXT"_s});
    parser.addOption({u"invoice"_s,
                      u"add: the invoice it is about (a dispute needs it); resolve: the invoice "
                      "whose open dispute is resolved."_s,
                      u"NUMBER"_s});
    parser.addOption({u"amount"_s,
                      u"add (promise): the amount promised, in the customer's currency."_s,
                      u"A"_s});
    parser.addOption({u"pay-by"_s, u"add (promise): the day it is promised by."_s, u"DATE"_s});
    parser.addOption({u"as-of"_s, u"list: the log as it stood on DATE."_s, u"DATE"_s});
    CliContext::addFormatOption(parser);
}

int ActivityCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    if (arguments.size() == 1) {
        if (action == u"add"_s)
            return add(context);
        if (action == u"resolve"_s)
            return resolve(context);
        if (action == u"list"_s)
            return list(context);
    }
    return context.usageError(u"expected activity add | activity resolve | activity list"_s);
}

int ActivityCommand::add(CliContext& context)
{
    const auto options = readAddOptions(context);
    if (!options)
        return UsageError;
    int exitCode = Success;
    const auto target = LedgerCustomer::open(context, exitCode);
    if (!target)
        return exitCode;
    QCommandLineParser& parser = context.parser();
    InvoiceId invoice;
    if (parser.isSet(u"invoice"_s)) {
        const auto found = InvoiceLookup(*target->ledger).byNumber(parser.value(u"invoice"_s));
        if (!found)
            return context.fail(found.error());
        invoice = found->id;
    }
    // How many decimals the amount may have depends on the customer's currency.
    const auto given = context.amountOption(u"amount"_s, target->customer.currency);
    if (!given)
        return context.usageError(given.error().detail);
    const std::optional<Money> amount = *given;
    // The rules of each kind (a note's text, a promise's amount and pay-by date, a dispute's
    // invoice) are the service's, as in the desktop app.
    ActivityService service(*target->ledger);
    const CustomerId customer = target->customer.id;
    const QString text = parser.value(u"text"_s);
    Result<ActivityId> added;
    switch (options->kind) {
    case ActivityKind::Call:
    case ActivityKind::Email:
    case ActivityKind::Note:
        added = service.log(customer, options->kind, options->date, text, invoice);
        break;
    case ActivityKind::Promise:
        added = service.recordPromise({.customer = customer,
                                       .date = options->date,
                                       .amount = amount,
                                       .payBy = options->payBy,
                                       .invoice = invoice,
                                       .text = text});
        break;
    case ActivityKind::Dispute:
        added = service.openDispute(customer, invoice, options->date, text);
        break;
    }
    if (!added)
        return context.fail(added.error());
    return context.writeOutput([&](QIODevice* device) {
        return device->write(QByteArray::number(added->value) + '\n') > 0;
    });
}

int ActivityCommand::resolve(CliContext& context)
{
    const QString invoice = context.parser().value(u"invoice"_s);
    if (invoice.isEmpty())
        return context.usageError(u"--invoice NUMBER is required"_s);
    const auto date = context.requiredDate(u"date"_s);
    if (!date)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto resolved = ActivityService(**ledger).resolveDisputeOf(invoice, *date);
    if (!resolved)
        return context.fail(resolved.error());
    context.message(u"Resolved the dispute on invoice %1 as of %2; reminders may go out for it "
                    "again."_s.arg(invoice, IsoDate::format(*date)));
    return Success;
}

int ActivityCommand::list(CliContext& context)
{
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const auto format = context.outputFormat();
    if (!format)
        return UsageError;
    int exitCode = Success;
    const auto target = LedgerCustomer::open(context, exitCode);
    if (!target)
        return exitCode;
    const auto entries = ActivityService(*target->ledger).history(target->customer.id, *asOf);
    if (!entries)
        return context.fail(entries.error());
    return context.writeTable(ReportTables::activities(*entries), *format);
}

} // namespace ardesk::cli
