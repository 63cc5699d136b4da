#include "ForecastCommand.h"

#include "exports/ForesightCsvExporter.h"
#include "foresight/ForesightService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

constexpr qint64 maximumWeeks = 520;
constexpr qint64 maximumMonths = 120;

} // namespace

QString ForecastCommand::name() const
{
    return u"forecast"_s;
}

QString ForecastCommand::summary() const
{
    return u"Cash-in forecast per week or month and currency, with an 80% band, as CSV."_s;
}

void ForecastCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {u"as-of"_s, u"Forecast from what the ledger knew on DATE (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"weeks"_s, u"N weeks from the day after --as-of (1 to 520)."_s, u"N"_s});
    parser.addOption({u"months"_s,
                      u"The rest of the month, then whole months: N periods (1 to 120)."_s,
                      u"N"_s});
}

int ForecastCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"forecast takes no arguments"_s);
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const bool weeks = parser.isSet(u"weeks"_s);
    if (weeks == parser.isSet(u"months"_s))
        return context.usageError(u"give exactly one of --weeks N and --months N"_s);
    const auto count = weeks ? context.wholeNumber(u"weeks"_s, 1, maximumWeeks)
                             : context.wholeNumber(u"months"_s, 1, maximumMonths);
    if (!count)
        return UsageError;

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto rows = ForesightService(**ledger).forecast(
        *asOf, weeks ? ForecastPeriod::Week : ForecastPeriod::Month, static_cast<int>(*count));
    if (!rows)
        return context.fail(rows.error());
    return context.writeOutput(
        [&](QIODevice* device) { return ForesightCsvExporter::writeForecast(*rows, device); });
}

} // namespace ardesk::cli
