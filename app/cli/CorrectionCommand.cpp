#include "CorrectionCommand.h"

#include "LedgerCustomer.h"
#include "exports/ReportTables.h"
#include "ledger/CorrectionHistoryService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString CorrectionCommand::name() const
{
    return u"correction"_s;
}

QString CorrectionCommand::summary() const
{
    return u"List the corrections made to a customer's documents."_s;
}

void CorrectionCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"list."_s);
    parser.addOption({u"customer"_s, u"The customer's id."_s, u"ID"_s});
    CliContext::addFormatOption(parser);
}

int CorrectionCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments != QStringList{u"list"_s})
        return context.usageError(u"expected correction list --customer ID"_s);
    const auto format = context.outputFormat();
    if (!format)
        return UsageError;
    int exitCode = Success;
    const auto target = LedgerCustomer::open(context, exitCode);
    if (!target)
        return exitCode;
    const auto corrections =
        CorrectionHistoryService(*target->ledger).forCustomer(target->customer.id);
    if (!corrections)
        return context.fail(corrections.error());
    return context.writeTable(ReportTables::corrections(*corrections), *format);
}

} // namespace ardesk::cli
