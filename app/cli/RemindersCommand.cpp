#include "RemindersCommand.h"

#include "io/ReminderCsvExporter.h"
#include "services/DunningService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

const QString pdfOption = u"pdf"_s;
const QString emlDirOption = u"eml-dir"_s;
const QString sendOption = u"send"_s;

} // namespace

QString RemindersCommand::name() const
{
    return u"reminders"_s;
}

QString RemindersCommand::summary() const
{
    return u"Dunning run as of a date: who gets which reminder, as CSV."_s;
}

void RemindersCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({u"as-of"_s, u"Run as of this date (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"dry-run"_s, u"Only list the reminders; record nothing."_s});
    parser.addOption({pdfOption, u"Write the letters into one PDF file."_s, u"FILE"_s});
    parser.addOption({emlDirOption, u"Write each e-mail as an .eml file into DIR."_s, u"DIR"_s});
    parser.addOption({sendOption, u"Send the e-mails through the ledger's SMTP server."_s});
}

// The CSV lists the run's notices either way. Without --dry-run, each notice is delivered to
// the chosen outputs and recorded only once that succeeded, as the contract asks; a run that
// would record reminders nobody received is refused as a usage error.
int RemindersCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"reminders takes no arguments"_s);
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const bool anyOutput =
        parser.isSet(pdfOption) || parser.isSet(emlDirOption) || parser.isSet(sendOption);
    if (!dryRun && !anyOutput)
        return context.usageError(
            u"an output is needed to record reminders: --pdf FILE, --eml-dir DIR or --send "
            "(or --dry-run to only list them)"_s);
    // The letter and e-mail outputs come with the letters renderer (core/letters); until a
    // ReminderOutput for them is in the tree, asking for one fails before anything is read.
    if (anyOutput) {
        context.message(u"ardesk-cli: --pdf, --eml-dir and --send are not available yet"_s);
        return OtherFailure;
    }

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    DunningService service(**ledger);
    const auto notices = service.select(*asOf);
    if (!notices)
        return context.fail(notices.error());
    return context.writeOutput(
        [&](QIODevice* device) { return ReminderCsvExporter::write(*notices, device); });
}

} // namespace ardesk::cli
