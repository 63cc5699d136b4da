#include "AgingCommand.h"

#include "aging/AgingService.h"
#include "exports/ReportTables.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString AgingCommand::name() const
{
    return u"aging"_s;
}

QString AgingCommand::summary() const
{
    return u"Accounts-receivable aging as of a date, as CSV or Excel (summary or detail)."_s;
}

void AgingCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({u"as-of"_s, u"Age as of this date (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"basis"_s, u"Age by the due date (default) or the issue date."_s,
                      u"due|issue"_s, u"due"_s});
    parser.addOption(
        {u"buckets"_s, u"Bucket edges in days (default 30,60,90)."_s, u"EDGES"_s, u"30,60,90"_s});
    parser.addOption({u"detail"_s, u"One row per open document instead of per customer."_s});
    parser.addOption({u"customer"_s, u"Only this customer."_s, u"ID"_s});
    CliContext::addFormatOption(parser);
}

int AgingCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"aging takes no arguments"_s);
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const QString basis = parser.value(u"basis"_s);
    if (basis != u"due"_s && basis != u"issue"_s)
        return context.usageError(u"--basis: expected due or issue, got \"%1\""_s.arg(basis));
    const auto buckets = AgingBuckets::parse(parser.value(u"buckets"_s));
    if (!buckets)
        return context.usageError(u"--buckets: "_s + buckets.error().detail);

    const AgingOptions options{.asOf = *asOf,
                               .basis = basis == u"issue"_s ? AgingBasis::IssueDate
                                                            : AgingBasis::DueDate,
                               .buckets = *buckets,
                               .customerCode = parser.value(u"customer"_s)};
    if (parser.isSet(u"customer"_s) && options.customerCode.isEmpty())
        return context.usageError(u"--customer: expected a customer id"_s);
    const auto format = context.outputFormat();
    if (!format)
        return UsageError;

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    AgingService service(**ledger);
    if (parser.isSet(u"detail"_s)) {
        const auto detail = service.detail(options);
        if (!detail)
            return context.fail(detail.error());
        return context.writeTable(ReportTables::agingDetail(*detail), *format);
    }
    const auto summary = service.summary(options);
    if (!summary)
        return context.fail(summary.error());
    return context.writeTable(ReportTables::agingSummary(*summary), *format);
}

} // namespace ardesk::cli
