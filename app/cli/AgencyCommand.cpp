#include "AgencyCommand.h"

#include "LedgerCustomer.h"
#include "agency/AgencyCaseFile.h"
#include "agency/AgencyService.h"
#include "csv/CsvWriter.h"
#include "domain/IsoDate.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString AgencyCommand::name() const
{
    return u"agency"_s;
}

QString AgencyCommand::summary() const
{
    return u"Collection agencies: hand a customer over, take it back, list, export the case file."_s;
}

void AgencyCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"handover, recall, list or export."_s);
    parser.addOption({u"customer"_s, u"handover, recall, export: the customer's id."_s, u"ID"_s});
    parser.addOption({u"agency"_s, u"handover: the collection agency's name."_s, u"NAME"_s});
    parser.addOption(
        {u"date"_s, u"handover, recall: the day it takes effect (default today)."_s, u"DATE"_s});
    parser.addOption({u"note"_s, u"handover, recall: a note for the activity log."_s, u"TEXT"_s});
    parser.addOption({u"as-of"_s, u"list, export: the date (default today)."_s, u"DATE"_s});
    parser.addOption({u"all"_s, u"list: every hand-over, also those taken back."_s});
    parser.addOption(
        {u"pdf"_s, u"export: the statement and the case letter as a PDF file."_s, u"FILE"_s});
    parser.addOption({u"csv"_s,
                      u"export: the open items CSV; the reminder history and activity log go "
                      "beside it (FILE-reminders.csv, FILE-activity.csv) unless named."_s,
                      u"FILE"_s});
    parser.addOption({u"reminders-csv"_s, u"export: the reminder history CSV file."_s, u"FILE"_s});
    parser.addOption({u"activity-csv"_s, u"export: the activity log CSV file."_s, u"FILE"_s});
    parser.addOption(
        {u"paper"_s, u"export: paper size, a4 (default) or letter."_s, u"a4|letter"_s, u"a4"_s});
    parser.addOption({u"logo"_s, u"export: an image for the letterhead."_s, u"IMAGE"_s});
}

int AgencyCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    if (arguments.size() == 1) {
        if (action == u"handover"_s)
            return handOver(context);
        if (action == u"recall"_s)
            return recall(context);
        if (action == u"list"_s)
            return list(context);
        if (action == u"export"_s)
            return exportCaseFile(context);
    }
    return context.usageError(
        u"expected agency handover | agency recall | agency list | agency export"_s);
}

int AgencyCommand::handOver(CliContext& context)
{
    const QString agency = context.parser().value(u"agency"_s).trimmed();
    if (agency.isEmpty())
        return context.usageError(u"--agency NAME is required"_s);
    const auto date = context.dateOrToday(u"date"_s);
    if (!date)
        return UsageError;
    int exitCode = Success;
    const auto target = LedgerCustomer::open(context, exitCode);
    if (!target)
        return exitCode;
    const auto handover =
        AgencyService(*target->ledger)
            .handOver(target->customer.id, *date, agency, context.parser().value(u"note"_s));
    if (!handover)
        return context.fail(handover.error());
    context.message(u"Handed %1 over to %2 as of %3; no reminders go out to it until it is taken "
                    "back."_s.arg(target->customer.code, handover->agency, IsoDate::format(*date)));
    return Success;
}

int AgencyCommand::recall(CliContext& context)
{
    const auto date = context.dateOrToday(u"date"_s);
    if (!date)
        return UsageError;
    int exitCode = Success;
    const auto target = LedgerCustomer::open(context, exitCode);
    if (!target)
        return exitCode;
    const auto handover =
        AgencyService(*target->ledger)
            .recall(target->customer.id, *date, context.parser().value(u"note"_s));
    if (!handover)
        return context.fail(handover.error());
    context.message(u"Took %1 back from %2 as of %3; reminders may go out to it again."_s.arg(
        target->customer.code, handover->agency, IsoDate::format(*date)));
    return Success;
}

int AgencyCommand::list(CliContext& context)
{
    const auto asOf = context.dateOrToday(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    AgencyService service(**ledger);
    const auto handovers =
        context.parser().isSet(u"all"_s) ? service.allHandovers() : service.handovers(*asOf);
    if (!handovers)
        return context.fail(handovers.error());
    return context.writeOutput([&](QIODevice* device) {
        CsvWriter csv(device);
        csv.writeRow({u"customer_id"_s, u"customer_name"_s, u"agency"_s, u"handed_over"_s,
                      u"note"_s, u"recalled"_s, u"recall_note"_s});
        const auto date = [](QDate value) {
            return CsvCell::value(value.isValid() ? IsoDate::format(value) : QString());
        };
        for (const AgencyHandover& handover : *handovers) {
            csv.writeRow({CsvCell::text(handover.customerCode),
                          CsvCell::text(handover.customerName), CsvCell::text(handover.agency),
                          date(handover.date), CsvCell::text(handover.note),
                          date(handover.recalledDate), CsvCell::text(handover.recallNote)});
        }
        return !csv.hasError();
    });
}

int AgencyCommand::exportCaseFile(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    const QString customer = parser.value(u"customer"_s);
    if (customer.isEmpty())
        return context.usageError(u"--customer ID is required"_s);
    const auto asOf = context.dateOrToday(u"as-of"_s);
    if (!asOf)
        return UsageError;
    CaseFilePaths paths{.pdf = parser.value(u"pdf"_s),
                        .itemsCsv = parser.value(u"csv"_s),
                        .remindersCsv = parser.value(u"reminders-csv"_s),
                        .activityCsv = parser.value(u"activity-csv"_s)};
    if (paths.pdf.isEmpty() && paths.itemsCsv.isEmpty())
        return context.usageError(u"agency export needs --pdf FILE, --csv FILE or both"_s);
    if (!paths.itemsCsv.isEmpty()) {
        if (paths.remindersCsv.isEmpty())
            paths.remindersCsv = CaseFilePaths::beside(paths.itemsCsv, u"reminders"_s);
        if (paths.activityCsv.isEmpty())
            paths.activityCsv = CaseFilePaths::beside(paths.itemsCsv, u"activity"_s);
    }
    const QString paper = parser.value(u"paper"_s);
    if (paper != u"a4"_s && paper != u"letter"_s)
        return context.usageError(u"--paper: expected a4 or letter, got \"%1\""_s.arg(paper));
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    AgencyCaseFile caseFile(**ledger,
                            {.paper = paper == u"letter"_s ? PaperSize::Letter : PaperSize::A4,
                             .logoPath = parser.value(u"logo"_s)});
    if (auto written = caseFile.write(customer, *asOf, paths); !written)
        return context.fail(written.error());
    return Success;
}

} // namespace ardesk::cli
