#include "RecurringCommand.h"

#include "domain/IsoDate.h"
#include "exports/RecurringCsvExporter.h"
#include "recurring/RecurringService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

std::optional<RecurringScheduleId> scheduleId(CliContext& context, const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0 || text.startsWith(u'+')) {
        context.usageError(
            u"expected a recurring schedule id (a whole number), got \"%1\""_s.arg(text));
        return std::nullopt;
    }
    return RecurringScheduleId{value};
}

} // namespace

QString RecurringCommand::name() const
{
    return u"recurring"_s;
}

QString RecurringCommand::summary() const
{
    return u"Recurring invoices: add, list, pause, resume, end, run."_s;
}

void RecurringCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"add, list, pause, resume, end or run."_s);
    parser.addPositionalArgument(u"ID"_s, u"The schedule (pause, resume, end)."_s, u"[ID]"_s);
    parser.addOption({u"customer"_s, u"add: the customer billed."_s, u"ID"_s});
    parser.addOption(
        {u"amount"_s, u"add: each invoice's amount, in the customer's currency."_s, u"A"_s});
    parser.addOption({u"description"_s, u"add: each invoice's description."_s, u"T"_s});
    parser.addOption({u"frequency"_s, u"add: weekly, monthly, quarterly or yearly."_s, u"F"_s});
    parser.addOption({u"start"_s, u"add: the first date billed on (or after)."_s, u"DATE"_s});
    parser.addOption({u"day"_s,
                      u"add: the day of the month (1-31, clamped to the month's end); "
                      "default the start's day."_s,
                      u"N"_s});
    parser.addOption({u"last-day"_s, u"add: bill on the month's last day."_s});
    parser.addOption({u"count"_s, u"add: at most K invoices."_s, u"K"_s});
    parser.addOption({u"end"_s, u"add: no invoice dated after DATE."_s, u"DATE"_s});
    parser.addOption(
        {u"prefix"_s, u"add: invoice numbers are <prefix><yyyymm>-<n> (default REC-)."_s, u"P"_s});
    parser.addOption({u"sequence"_s,
                      u"add: number the invoices on from the sequence of NUMBER (e.g. "
                      "INV-000001): the next free numbers of its stem, padded alike. Instead "
                      "of --prefix."_s,
                      u"NUMBER"_s});
    parser.addOption(
        {u"date"_s, u"pause, resume, end: from (end: up to) DATE; default today."_s, u"DATE"_s});
    parser.addOption({u"as-of"_s, u"run: create what is due on or before DATE."_s, u"DATE"_s});
    parser.addOption({u"dry-run"_s, u"run: print what would be created, create nothing."_s});
    parser.addOption({u"progress"_s, u"run: report each invoice created on stderr."_s});
}

int RecurringCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    const bool needsId = action == u"pause"_s || action == u"resume"_s || action == u"end"_s;
    if (needsId && arguments.size() == 2)
        return change(context, action, arguments.at(1));
    if (arguments.size() == 1 && action == u"add"_s)
        return add(context);
    if (arguments.size() == 1 && action == u"list"_s)
        return list(context);
    if (arguments.size() == 1 && action == u"run"_s)
        return runDue(context);
    return context.usageError(u"expected recurring add | recurring list | recurring pause ID | "
                              "recurring resume ID | recurring end ID | recurring run"_s);
}

std::optional<RecurringRequest> RecurringCommand::request(CliContext& context) const
{
    QCommandLineParser& parser = context.parser();
    RecurringRequest request;
    for (const QString& option : {u"customer"_s, u"amount"_s, u"description"_s}) {
        if (parser.value(option).trimmed().isEmpty()) {
            context.usageError(u"--%1 is required"_s.arg(option));
            return std::nullopt;
        }
    }
    request.customerCode = parser.value(u"customer"_s);
    request.amount = parser.value(u"amount"_s);
    request.description = parser.value(u"description"_s);
    const auto frequency = recurringFrequencyFromName(parser.value(u"frequency"_s));
    if (!frequency) {
        context.usageError(u"--frequency: expected weekly, monthly, quarterly or yearly"_s);
        return std::nullopt;
    }
    request.frequency = *frequency;
    const auto start = context.requiredDate(u"start"_s);
    if (!start)
        return std::nullopt;
    request.start = *start;
    if (parser.isSet(u"day"_s) && parser.isSet(u"last-day"_s)) {
        context.usageError(u"give either --day N or --last-day"_s);
        return std::nullopt;
    }
    if ((parser.isSet(u"day"_s) || parser.isSet(u"last-day"_s)) &&
        request.frequency == RecurringFrequency::Weekly) {
        context.usageError(u"--day and --last-day apply to monthly, quarterly and yearly "
                           "schedules"_s);
        return std::nullopt;
    }
    if (parser.isSet(u"day"_s)) {
        const auto day = context.wholeNumber(u"day"_s, 1, 31);
        if (!day)
            return std::nullopt;
        request.day = static_cast<int>(*day);
    }
    request.lastDay = parser.isSet(u"last-day"_s);
    if (parser.isSet(u"count"_s) && parser.isSet(u"end"_s)) {
        context.usageError(u"give either --count K or --end DATE"_s);
        return std::nullopt;
    }
    if (parser.isSet(u"count"_s)) {
        const auto count = context.wholeNumber(u"count"_s, 1, 10000);
        if (!count)
            return std::nullopt;
        request.count = static_cast<int>(*count);
    }
    if (parser.isSet(u"end"_s)) {
        const auto end = context.requiredDate(u"end"_s);
        if (!end)
            return std::nullopt;
        request.end = *end;
    }
    if (parser.isSet(u"prefix"_s) && parser.isSet(u"sequence"_s)) {
        context.usageError(u"--prefix and --sequence: give one of them"_s);
        return std::nullopt;
    }
    if (parser.isSet(u"prefix"_s)) {
        request.prefix = parser.value(u"prefix"_s);
        if (request.prefix.isEmpty()) {
            context.usageError(u"--prefix: expected the start of the invoice numbers"_s);
            return std::nullopt;
        }
    }
    if (parser.isSet(u"sequence"_s)) {
        request.sequence = parser.value(u"sequence"_s);
        if (request.sequence.isEmpty() || !request.sequence.back().isDigit()) {
            context.usageError(u"--sequence: expected an invoice number ending in digits, e.g. "
                               "INV-000001"_s);
            return std::nullopt;
        }
    }
    return request;
}

int RecurringCommand::add(CliContext& context)
{
    const auto wanted = request(context);
    if (!wanted)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto id = RecurringService(**ledger).add(*wanted);
    if (!id)
        return context.fail(id.error());
    return context.writeOutput(
        [&](QIODevice* device) { return device->write(QByteArray::number(id->value) + '\n') > 0; });
}

int RecurringCommand::list(CliContext& context)
{
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto schedules = RecurringService(**ledger).list();
    if (!schedules)
        return context.fail(schedules.error());
    return context.writeOutput(
        [&](QIODevice* device) { return RecurringCsvExporter::writeList(*schedules, device); });
}

int RecurringCommand::change(CliContext& context, const QString& action, const QString& text)
{
    const auto id = scheduleId(context, text);
    if (!id)
        return UsageError;
    const auto date = context.dateOrToday(u"date"_s);
    if (!date)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    RecurringService service(**ledger);
    const QString day = IsoDate::format(*date);
    Result<void> changed;
    QString done;
    if (action == u"pause"_s) {
        changed = service.pause(*id, *date);
        done = u"Recurring schedule %1 paused: nothing dated %2 or later is billed until it is "
               "resumed."_s.arg(text, day);
    } else if (action == u"resume"_s) {
        changed = service.resume(*id, *date);
        done = u"Recurring schedule %1 resumed: billed again from %2; the paused dates before "
               "are not billed."_s.arg(text, day);
    } else {
        changed = service.end(*id, *date);
        done = u"Recurring schedule %1 ended: nothing dated after %2 is billed."_s.arg(text, day);
    }
    if (!changed)
        return context.fail(changed.error());
    context.message(done);
    return Success;
}

int RecurringCommand::runDue(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    RecurringRunOptions options{
        .asOf = *asOf, .dryRun = parser.isSet(u"dry-run"_s), .progress = {}};
    if (parser.isSet(u"progress"_s)) {
        options.progress = [&context](qint64 done, qint64 total) {
            context.message(u"recurring run: %1 of %2 invoices"_s.arg(done).arg(total));
            return true;
        };
    }
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto result = RecurringService(**ledger).run(options);
    if (!result)
        return context.fail(result.error());
    const int written = context.writeOutput([&](QIODevice* device) {
        return RecurringCsvExporter::writeInvoices(result->invoices, device);
    });
    context.message(u"%1 invoices %2 as of %3"_s.arg(result->invoices.size())
                        .arg(options.dryRun ? u"due (dry run: nothing created)"_s : u"created"_s,
                             IsoDate::format(*asOf)));
    return written;
}

} // namespace ardesk::cli
