#include "jobs/ReminderRunner.h"

#include <functional>
#include <optional>

#include <QDateTime>
#include <QDir>

#include "agency/AgencyService.h"
#include "domain/Clock.h"
#include "dunning/DunningService.h"
#include "dunning/EmlReminderOutput.h"
#include "dunning/LetterReminderOutput.h"
#include "dunning/ReminderRun.h"
#include "dunning/SmtpReminderOutput.h"
#include "dunning/WaitingReceipts.h"
#include "foresight/ForesightService.h"
#include "jobs/JobRunner.h"
#include "ledger/LedgerInfoService.h"
#include "letters/LetterTemplateService.h"
#include "mail/ReminderMail.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// What the letters need: the company for the letterhead, the ledger's templates.
Result<ReminderPreview> readLetterSetup(Database& database)
{
    const auto settings = LedgerInfoService(database).settings();
    if (!settings)
        return std::unexpected(settings.error());
    const auto templates = LetterTemplateService(database).templates();
    if (!templates)
        return std::unexpected(templates.error());
    return ReminderPreview{
        .asOf = {}, .notices = {}, .company = settings->company, .templates = *templates};
}

Result<ReminderPreview> readPreview(Database& database, QDate asOf)
{
    auto preview = readLetterSetup(database);
    if (!preview)
        return preview;
    const auto notices = DunningService(database).select(asOf);
    if (!notices)
        return std::unexpected(notices.error());
    const auto waiting = WaitingReceipts(database).find(asOf);
    if (!waiting)
        return std::unexpected(waiting.error());
    const auto withAgency = AgencyService(database).handovers(asOf);
    if (!withAgency)
        return std::unexpected(withAgency.error());
    // Who is likely to pay late ranks whom to call first; nothing to rank without notices.
    if (!notices->isEmpty()) {
        auto risks = ForesightService(database).risk(asOf);
        if (!risks)
            return std::unexpected(risks.error());
        preview->risks = std::move(*risks);
    }
    preview->asOf = asOf;
    preview->notices = *notices;
    preview->waitingReceipts = *waiting;
    preview->withAgency = *withAgency;
    return preview;
}

// Delivers `notices` as `delivery` says through ReminderRun, the same routing and recording
// as `ardesk-cli reminders`. `next()` is asked before each customer whether to go on.
ReminderDeliveryReport deliverAll(Database& database, const QList<ReminderNotice>& chosen,
                                  const ReminderDelivery& delivery,
                                  const std::function<bool(int done)>& next)
{
    ReminderDeliveryReport report;
    const auto stop = [&report](const Error& error) {
        report.error = error;
        return report;
    };
    const auto preview = readLetterSetup(database);
    if (!preview)
        return stop(preview.error());
    DunningService dunning(database);
    dunning.setBookCharges(delivery.bookCharges);
    // Another desk may have run reminders since the preview: this run waits for it and sends
    // only what is still due.
    const auto exclusive = dunning.exclusiveRun();
    if (!exclusive)
        return stop(exclusive.error());
    const auto due = dunning.stillDue(chosen, delivery.date);
    if (!due)
        return stop(due.error());
    const QList<ReminderNotice>& notices = *due;
    const CompanyDetails& company = preview->company;
    const auto collect = [&report](const ReminderRun& run) {
        report.delivered += run.delivered();
        report.notes += run.notes();
    };

    if (delivery.kind == ReminderDelivery::Kind::LettersFile) {
        next(0);
        LetterReminderOutput letters(company, delivery.path, preview->templates);
        ReminderRun run(dunning, {.letters = &letters, .emails = {}}, delivery.date);
        const auto ran = run.run(notices);
        collect(run);
        if (!ran)
            report.error = ran.error();
        return report;
    }

    ReminderMail mail(company, MailAddress{.displayName = company.name, .address = delivery.sender},
                      preview->templates);
    const QDateTime now = Clock::now();
    std::optional<EmlReminderOutput> drafts;
    std::optional<SmtpReminderOutput> server;
    if (delivery.kind == ReminderDelivery::Kind::EmlDrafts)
        drafts.emplace(mail, delivery.path, now);
    if (delivery.kind == ReminderDelivery::Kind::Send)
        server.emplace(mail, delivery.smtp, delivery.password, delivery.sender, now);
    for (qsizetype i = 0; i < notices.size(); ++i) {
        if (!next(static_cast<int>(i))) {
            report.cancelled = true;
            return report;
        }
        const ReminderNotice& notice = notices.at(i);
        std::optional<LetterReminderOutput> letters;
        ReminderRun::Outputs outputs;
        const auto addLetter = [&](const QString& folder) {
            letters.emplace(company, QDir(folder).filePath(ReminderRunner::letterFileName(notice)),
                            preview->templates);
            outputs.letters = &*letters;
        };
        if (delivery.kind == ReminderDelivery::Kind::LettersPerCustomer) {
            addLetter(delivery.path);
        } else {
            ReminderOutput* emails = drafts ? static_cast<ReminderOutput*>(&*drafts) : &*server;
            outputs.emails = {emails};
            if (notice.level.channel == ReminderChannel::Both &&
                !delivery.bothLettersFolder.isEmpty())
                addLetter(delivery.bothLettersFolder);
        }
        ReminderRun run(dunning, outputs, delivery.date);
        const auto ran = run.run({notice});
        collect(run);
        if (!ran)
            return stop(ran.error());
    }
    next(static_cast<int>(notices.size()));
    return report;
}

} // namespace

ReminderRunner::ReminderRunner(QObject* parent)
    : QObject(parent)
    , m_previews(new JobRunner(this))
    , m_deliveries(new JobRunner(this))
{}

QString ReminderRunner::letterFileName(const ReminderNotice& notice)
{
    return ReminderMail::fileBaseName(notice) + u".pdf"_s;
}

void ReminderRunner::preview(const QString& ledgerPath, QDate asOf)
{
    using Outcome = Result<ReminderPreview>;
    m_previews->start(
        [ledgerPath, asOf](const JobControl&) -> Outcome {
            auto database = Database::open(ledgerPath);
            if (!database)
                return std::unexpected(database.error());
            return readPreview(**database, asOf);
        },
        [this](const Outcome& outcome) {
            if (outcome)
                Q_EMIT previewed(*outcome);
            else
                Q_EMIT previewFailed(outcome.error());
        });
}

void ReminderRunner::discardPreview()
{
    m_previews->discard();
}

void ReminderRunner::deliver(const QString& ledgerPath, const QList<ReminderNotice>& notices,
                             const ReminderDelivery& delivery)
{
    Q_ASSERT(!isDelivering());
    const int total = static_cast<int>(notices.size());
    m_deliveries->start(
        [ledgerPath, notices, delivery, total](const JobControl& control) {
            auto database = Database::open(ledgerPath);
            if (!database) {
                return ReminderDeliveryReport{
                    .delivered = {}, .notes = {}, .error = database.error(), .cancelled = false};
            }
            return deliverAll(**database, notices, delivery, [&control, total](int done) {
                return control.progress(done, total);
            });
        },
        [this](const ReminderDeliveryReport& report) { Q_EMIT delivered(report); });
}

void ReminderRunner::cancel()
{
    m_deliveries->cancel();
}

bool ReminderRunner::isPreviewing() const
{
    return m_previews->isRunning();
}

bool ReminderRunner::isDelivering() const
{
    return m_deliveries->isRunning();
}

} // namespace ardesk
