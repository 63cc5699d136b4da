#include "common/ReminderRunner.h"

#include <functional>
#include <optional>

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "common/PostToOwner.h"
#include "letters/EmlReminderOutput.h"
#include "letters/LetterReminderOutput.h"
#include "letters/ReminderMail.h"
#include "letters/SmtpReminderOutput.h"
#include "services/DunningService.h"
#include "services/LedgerInfoService.h"
#include "services/LetterTemplateService.h"
#include "services/ReminderRun.h"
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
    return ReminderPreview{.ledgerPath = database.path(),
                           .asOf = {},
                           .notices = {},
                           .company = settings->company,
                           .templates = *templates};
}

Result<ReminderPreview> readPreview(Database& database, QDate asOf)
{
    auto preview = readLetterSetup(database);
    if (!preview)
        return preview;
    const auto notices = DunningService(database).select(asOf);
    if (!notices)
        return std::unexpected(notices.error());
    preview->asOf = asOf;
    preview->notices = *notices;
    return preview;
}

// Delivers `notices` as `delivery` says through ReminderRun, the same routing and recording
// as `ardesk-cli reminders`. `next()` is asked before each customer whether to go on.
ReminderDeliveryReport deliverAll(Database& database, const QList<ReminderNotice>& notices,
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
    const QDateTime now = QDateTime::currentDateTime();
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
{}

ReminderRunner::~ReminderRunner()
{
    cancel();
    waitForFinished();
}

QString ReminderRunner::letterFileName(const ReminderNotice& notice)
{
    return ReminderMail::fileBaseName(notice) + u".pdf"_s;
}

void ReminderRunner::preview(const QString& ledgerPath, QDate asOf)
{
    Q_ASSERT(!isPreviewing());
    using Outcome = Result<ReminderPreview>;
    m_preview = new QFutureWatcher<Outcome>(this);
    connect(m_preview, &QFutureWatcherBase::finished, this, [this] {
        const Outcome outcome = m_preview->result();
        m_preview->deleteLater();
        m_preview = nullptr;
        if (outcome)
            Q_EMIT previewed(*outcome);
        else
            Q_EMIT previewFailed(outcome.error());
    });
    m_preview->setFuture(QtConcurrent::run([ledgerPath, asOf]() -> Outcome {
        auto database = Database::open(ledgerPath);
        if (!database)
            return std::unexpected(database.error());
        return readPreview(**database, asOf);
    }));
}

void ReminderRunner::deliver(const QString& ledgerPath, const QList<ReminderNotice>& notices,
                             const ReminderDelivery& delivery)
{
    Q_ASSERT(!isDelivering());
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_delivery = new QFutureWatcher<ReminderDeliveryReport>(this);
    connect(m_delivery, &QFutureWatcherBase::finished, this, [this] {
        const ReminderDeliveryReport report = m_delivery->result();
        m_delivery->deleteLater();
        m_delivery = nullptr;
        Q_EMIT delivered(report);
    });
    const QPointer<ReminderRunner> self(this);
    const int total = static_cast<int>(notices.size());
    auto next = [self, total, cancelled = m_cancelled](int done) {
        postToOwner(
            self, [done, total](ReminderRunner& runner) { Q_EMIT runner.progressed(done, total); });
        return !cancelled->load();
    };
    m_delivery->setFuture(QtConcurrent::run([ledgerPath, notices, delivery,
                                             next = std::move(next)]() -> ReminderDeliveryReport {
        auto database = Database::open(ledgerPath);
        if (!database)
            return {.delivered = {}, .notes = {}, .error = database.error(), .cancelled = false};
        return deliverAll(**database, notices, delivery, next);
    }));
}

void ReminderRunner::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void ReminderRunner::waitForFinished()
{
    if (m_preview)
        m_preview->waitForFinished();
    if (m_delivery)
        m_delivery->waitForFinished();
}

} // namespace ardesk
