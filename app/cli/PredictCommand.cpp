#include "PredictCommand.h"

#include "exports/ForesightCsvExporter.h"
#include "foresight/ForesightService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString PredictCommand::name() const
{
    return u"predict"_s;
}

QString PredictCommand::summary() const
{
    return u"Predicted pay date and chance of late payment of every open item, as CSV."_s;
}

void PredictCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {u"as-of"_s, u"Predict from what the ledger knew on DATE (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"customer"_s, u"Only this customer's items."_s, u"ID"_s});
    parser.addOption({u"reasons"_s, u"Add a reasons column: the strongest factors in words."_s});
}

int PredictCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"predict takes no arguments"_s);
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const QString customer = parser.value(u"customer"_s);
    if (parser.isSet(u"customer"_s) && customer.isEmpty())
        return context.usageError(u"--customer: expected a customer id"_s);

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto rows = ForesightService(**ledger).predict(*asOf, customer);
    if (!rows)
        return context.fail(rows.error());
    const bool withReasons = parser.isSet(u"reasons"_s);
    return context.writeOutput([&](QIODevice* device) {
        return ForesightCsvExporter::writePredictions(*rows, withReasons, device);
    });
}

} // namespace ardesk::cli
