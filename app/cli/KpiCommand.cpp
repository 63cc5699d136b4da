#include "KpiCommand.h"

#include "domain/IsoDate.h"
#include "exports/KpiCsvExporter.h"
#include "kpi/KpiService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

std::optional<KpiPeriod> parsePeriod(const QString& text)
{
    if (text == u"month"_s)
        return KpiPeriod::Month;
    if (text == u"quarter"_s)
        return KpiPeriod::Quarter;
    if (text == u"year"_s)
        return KpiPeriod::Year;
    if (text == u"whole"_s)
        return KpiPeriod::Whole;
    return std::nullopt;
}

} // namespace

QString KpiCommand::name() const
{
    return u"kpi"_s;
}

QString KpiCommand::summary() const
{
    return u"Receivables KPIs (DSO, countback DSO, best possible DSO, ADD, CEI) as CSV."_s;
}

void KpiCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({u"from"_s, u"First day of the range (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"to"_s, u"Last day of the range (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"period"_s,
                      u"One row per calendar month (default), quarter or year, clipped to the "
                      "range, or one row for the whole range."_s,
                      u"month|quarter|year|whole"_s, u"month"_s});
}

int KpiCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"kpi takes no arguments"_s);
    const auto from = context.requiredDate(u"from"_s);
    if (!from)
        return UsageError;
    const auto to = context.requiredDate(u"to"_s);
    if (!to)
        return UsageError;
    if (*from > *to) {
        return context.usageError(
            u"--from %1 is after --to %2"_s.arg(IsoDate::format(*from), IsoDate::format(*to)));
    }
    const QString periodText = parser.value(u"period"_s);
    const auto period = parsePeriod(periodText);
    if (!period) {
        return context.usageError(
            u"--period: expected month, quarter, year or whole, got \"%1\""_s.arg(periodText));
    }

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto report = KpiService(**ledger).report({.from = *from, .to = *to, .period = *period});
    if (!report)
        return context.fail(report.error());
    if (!report->leftOutCurrencies.isEmpty()) {
        context.message(u"ardesk-cli: warning: KPIs are in the ledger currency %1 only; "
                        "documents in %2 are left out"_s.arg(
                            report->currency.code(), report->leftOutCurrencies.join(u", "_s)));
    }
    return context.writeOutput(
        [&](QIODevice* device) { return KpiCsvExporter::write(*report, device); });
}

} // namespace ardesk::cli
