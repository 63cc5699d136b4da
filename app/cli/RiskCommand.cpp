#include "RiskCommand.h"

#include "exports/ForesightCsvExporter.h"
#include "foresight/ForesightService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString RiskCommand::name() const
{
    return u"risk"_s;
}

QString RiskCommand::summary() const
{
    return u"Risk score (0-100, grade A-E) and its reasons per customer with items open, as CSV."_s;
}

void RiskCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {u"as-of"_s, u"Score from what the ledger knew on DATE (YYYY-MM-DD)."_s, u"DATE"_s});
}

int RiskCommand::run(CliContext& context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return context.usageError(u"risk takes no arguments"_s);
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto rows = ForesightService(**ledger).risk(*asOf);
    if (!rows)
        return context.fail(rows.error());
    return context.writeOutput(
        [&](QIODevice* device) { return ForesightCsvExporter::writeRisk(*rows, device); });
}

} // namespace ardesk::cli
