#include "RemindersCommand.h"

#include <QDateTime>

#include "SmtpOptions.h"
#include "agency/AgencyService.h"
#include "domain/Clock.h"
#include "domain/IsoDate.h"
#include "dunning/DunningService.h"
#include "dunning/EmlReminderOutput.h"
#include "dunning/LetterReminderOutput.h"
#include "dunning/ReminderRun.h"
#include "dunning/SmtpReminderOutput.h"
#include "dunning/WaitingReceipts.h"
#include "exports/ReminderCsvExporter.h"
#include "ledger/LedgerInfoService.h"
#include "letters/LetterTemplateService.h"
#include "mail/ReminderMail.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

const QString pdfOption = u"pdf"_s;
const QString emlDirOption = u"eml-dir"_s;
const QString sendOption = u"send"_s;

QString noteText(const ReminderRun::Note& note)
{
    const QString who = u"%1 (%2), level %3"_s.arg(note.customerName, note.customerCode,
                                                   QString::number(note.level));
    switch (note.reason) {
    case ReminderRun::Note::Reason::NoEmailAddress:
        return who + u": no e-mail address, sent as a letter"_s;
    case ReminderRun::Note::Reason::NeedsLetters:
        return who + u": not sent, a letter needs --pdf"_s;
    case ReminderRun::Note::Reason::NeedsEmails:
        return who + u": not sent, an e-mail needs --eml-dir or --send"_s;
    case ReminderRun::Note::Reason::Refused:
        // The words of a run stopped by the server ("Gamma (gamma@…): HOST:PORT did not take
        // the reminder: 550 …"), which scripts may already look for.
        return note.detail;
    }
    return who;
}

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
    parser.addOption({u"book-charges"_s,
                      u"Also book each letter's interest and fee as a charge (an invoice "
                      "REM-<date>-<customer>) on the customer."_s});
    SmtpOptions::add(parser);
}

// With --dry-run the CSV lists the run's notices. Otherwise each notice is delivered to the
// outputs its level's channel asks for (ReminderRun) and recorded once that output exists, as
// the contract asks, and the CSV lists the notices delivered; a run that would record
// reminders nobody received is refused as a usage error.
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
    std::optional<SmtpSettings> smtp;
    if (!dryRun && parser.isSet(sendOption)) {
        smtp = SmtpOptions::settings(context);
        if (!smtp)
            return UsageError;
    }

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    DunningService service(**ledger);
    service.setBookCharges(parser.isSet(u"book-charges"_s));
    std::optional<RunLock> exclusive;
    if (!dryRun) {
        auto lock = service.exclusiveRun();
        if (!lock)
            return context.fail(lock.error());
        exclusive.emplace(std::move(*lock));
    }
    const auto notices = service.select(*asOf);
    if (!notices)
        return context.fail(notices.error());
    const auto waiting = WaitingReceipts(**ledger).find(*asOf);
    if (!waiting)
        return context.fail(waiting.error());
    for (const QString& line : WaitingReceipts::describe(*waiting, *notices))
        context.message(line);
    // The dunning scan leaves customers with an agency out; say so, so none is missed silently.
    const auto withAgency = AgencyService(**ledger).handovers(*asOf);
    if (!withAgency)
        return context.fail(withAgency.error());
    for (const AgencyHandover& handover : *withAgency)
        context.message(
            u"note: %1 (%2) is with the collection agency %3 since %4: no reminder"_s.arg(
                handover.customerName, handover.customerCode, handover.agency,
                IsoDate::format(handover.date)));
    const auto writeCsv = [&](const QList<ReminderNotice>& listed) {
        return context.writeOutput(
            [&](QIODevice* device) { return ReminderCsvExporter::write(listed, device); });
    };
    if (dryRun)
        return writeCsv(*notices);

    const auto settings = LedgerInfoService(**ledger).settings();
    if (!settings)
        return context.fail(settings.error());
    const QDateTime now = Clock::now();
    const QString from = SmtpOptions::sender(context, settings->company.email);
    const bool emails = parser.isSet(emlDirOption) || smtp;
    if (emails && from.isEmpty())
        return context.usageError(u"e-mails need a sender: --from ADDRESS (the ledger has no "
                                  "company e-mail)"_s);
    const auto templates = LetterTemplateService(**ledger).templates();
    if (!templates)
        return context.fail(templates.error());
    ReminderMail mail(settings->company,
                      MailAddress{.displayName = settings->company.name, .address = from},
                      *templates);

    std::optional<LetterReminderOutput> letters;
    if (parser.isSet(pdfOption))
        letters.emplace(settings->company, parser.value(pdfOption), *templates);
    std::optional<EmlReminderOutput> drafts;
    if (parser.isSet(emlDirOption))
        drafts.emplace(mail, parser.value(emlDirOption), now);
    std::optional<SmtpReminderOutput> server;
    if (smtp) {
        const auto password = SmtpOptions::password(*smtp);
        if (!password)
            return context.fail(password.error());
        server.emplace(mail, *smtp, *password, from, now);
    }

    ReminderRun::Outputs outputs{.letters = letters ? &*letters : nullptr, .emails = {}};
    if (drafts)
        outputs.emails.append(&*drafts);
    if (server)
        outputs.emails.append(&*server);
    ReminderRun reminders(service, outputs, *asOf);
    const auto delivered = reminders.run(*notices);
    // A customer the server refused is a failure of the run (4), told once the others went.
    int refused = Success;
    for (const ReminderRun::Note& note : reminders.notes()) {
        context.message(u"ardesk-cli: "_s + noteText(note));
        if (note.reason == ReminderRun::Note::Reason::Refused)
            refused = exitCodeFor(ErrorCode::Refused);
    }
    // The CSV lists what went out and was recorded, also when a later notice failed: those
    // stay recorded, and the user needs to know which they were.
    const int written = writeCsv(reminders.delivered());
    if (!delivered)
        return context.fail(delivered.error());
    return written != Success ? written : refused;
}

} // namespace ardesk::cli
