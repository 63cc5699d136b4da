#include "BacktestCommand.h"

#include "domain/Clock.h"
#include "domain/IsoDate.h"
#include "exports/ForesightCsvExporter.h"
#include "foresight/Backtest.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString BacktestCommand::name() const
{
    return u"backtest"_s;
}

QString BacktestCommand::summary() const
{
    return u"How well the payment predictions would have done, against two baselines, as CSV."_s;
}

void BacktestCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {u"split"_s, u"Fit on what the ledger knew on DATE (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption(
        {u"until"_s, u"Compare with what happened up to DATE (default: today)."_s, u"DATE"_s});
}

int BacktestCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"backtest takes no arguments"_s);
    const auto split = context.requiredDate(u"split"_s);
    if (!split)
        return UsageError;
    QDate until = Clock::today();
    if (parser.isSet(u"until"_s)) {
        const auto given = context.requiredDate(u"until"_s);
        if (!given)
            return UsageError;
        until = *given;
    }
    if (until <= *split) {
        return context.usageError(u"--until %1 is not after --split %2"_s.arg(
            IsoDate::format(until), IsoDate::format(*split)));
    }

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto report = Backtest(**ledger).run(*split, until);
    if (!report)
        return context.fail(report.error());
    context.message(u"%1 items predicted, %2 paid by %3"_s.arg(report->items)
                        .arg(report->settled)
                        .arg(IsoDate::format(until)));
    return context.writeOutput(
        [&](QIODevice* device) { return ForesightCsvExporter::writeBacktest(*report, device); });
}

} // namespace ardesk::cli
