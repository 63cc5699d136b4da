#include "ExportCommand.h"

#include "aging/AgingService.h"
#include "domain/Clock.h"
#include "exports/ReportTables.h"
#include "ledger/CustomerService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return u"The customer list or the open items as of a date, as CSV or Excel (.xlsx)."_s;
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"KIND"_s, u"customers or open-items."_s);
    parser.addOption({u"as-of"_s,
                      u"Overdue amounts and open items as of this date (YYYY-MM-DD; default "
                      "today)."_s,
                      u"DATE"_s});
    CliContext::addFormatOption(parser);
}

int ExportCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return context.usageError(u"export takes one KIND: customers or open-items"_s);
    const QString kind = arguments.first();
    if (kind != u"customers"_s && kind != u"open-items"_s)
        return context.usageError(
            u"export: expected customers or open-items, got \"%1\""_s.arg(kind));
    QDate asOf = Clock::today();
    if (parser.isSet(u"as-of"_s)) {
        const auto date = context.requiredDate(u"as-of"_s);
        if (!date)
            return UsageError;
        asOf = *date;
    }
    const auto format = context.outputFormat();
    if (!format)
        return UsageError;

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    if (kind == u"customers"_s) {
        CustomerService customers(**ledger);
        const CustomerQuery everyone{.search = {},
                                     .filter = CustomerQuery::Filter::All,
                                     .sortKey = CustomerQuery::SortKey::Name,
                                     .descending = false,
                                     .asOf = asOf};
        return context.writeTable(ReportTables::customers(customers, everyone), *format);
    }
    AgingService aging(**ledger);
    return context.writeTable(ReportTables::openItems(aging, asOf), *format);
}

} // namespace ardesk::cli
