#include "agency/AgencyCaseFile.h"

#include <QDir>
#include <QFileInfo>

#include "agency/AgencyService.h"
#include "domain/ActivityKindName.h"
#include "domain/IsoDate.h"
#include "domain/ReminderChannelName.h"
#include "exports/ReportExport.h"
#include "exports/ReportTables.h"
#include "ledger/ActivityService.h"
#include "ledger/LedgerInfoService.h"
#include "ledger/StatementService.h"
#include "letters/LetterComposer.h"
#include "letters/LetterFields.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterPdfWriter.h"
#include "letters/LetterTemplateService.h"
#include "storage/ReminderLogRepository.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Everything the case file says, read once.
struct CaseFacts {
    Statement statement;
    std::optional<AgencyHandover> handover; // in force on the date, else the last one
    QList<SentReminder> reminders;
    QList<ActivityService::Entry> activities; // oldest first, dated on or before the date
};

ReportTable remindersTable(const QList<SentReminder>& reminders)
{
    ReportTable table{.title = u"Reminders"_s,
                      .columns = {{u"date"_s, ReportColumnKind::Date},
                                  {u"document"_s},
                                  {u"level"_s, ReportColumnKind::Integer},
                                  {u"level_name"_s},
                                  {u"channel"_s}},
                      .rows = {}};
    table.rows = [&reminders](const ReportRowSink& sink) -> Result<void> {
        for (const SentReminder& sent : reminders) {
            if (auto ok = sink({.cells = {sent.date, sent.document, qint64(sent.level),
                                          sent.levelName, reminderChannelName(sent.channel)}});
                !ok)
                return ok;
        }
        return {};
    };
    return table;
}

// The letter to the agency: the hand-over, the reminders and the activity log in the
// customer's language (dates short, amounts grouped as the language writes them).
QVariantMap caseFields(const CaseFacts& facts)
{
    const Customer& customer = facts.statement.customer;
    const LetterLanguage language = LetterLanguage::forCode(customer.language);
    QVariantList reminders;
    for (const SentReminder& sent : facts.reminders)
        reminders.append(QVariantMap{{u"date"_s, language.shortDate(sent.date)},
                                     {u"document"_s, sent.document},
                                     {u"level"_s, sent.level},
                                     {u"level_name"_s, sent.levelName},
                                     {u"channel"_s, reminderChannelName(sent.channel)}});
    QVariantList activities;
    for (const ActivityService::Entry& entry : facts.activities)
        activities.append(QVariantMap{{u"date"_s, language.shortDate(entry.activity.date)},
                                      {u"kind"_s, activityKindName(entry.activity.kind)},
                                      {u"document"_s, entry.activity.invoiceNumber},
                                      {u"text"_s, entry.activity.text}});
    QVariantMap fields{{u"customer"_s, LetterFields::customer(customer.name, customer.code,
                                                              customer.address, customer.email)},
                       {u"reminders"_s, reminders},
                       {u"has_reminders"_s, !reminders.isEmpty()},
                       {u"activities"_s, activities},
                       {u"has_activities"_s, !activities.isEmpty()},
                       {u"total"_s, language.amount(facts.statement.totalMinor, customer.currency)},
                       {u"currency"_s, customer.currency.code()}};
    if (facts.handover)
        fields.insert(u"handover"_s,
                      QVariantMap{{u"agency"_s, facts.handover->agency},
                                  {u"date"_s, language.shortDate(facts.handover->date)},
                                  {u"note"_s, facts.handover->note}});
    return fields;
}

} // namespace

QString CaseFilePaths::beside(const QString& base, const QString& suffix)
{
    const QFileInfo info(base);
    const QString stem = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    return info.dir().filePath(stem + u'-' + suffix + u".csv"_s);
}

AgencyCaseFile::AgencyCaseFile(Database& database, LetterLayout layout)
    : m_database(database)
    , m_layout(std::move(layout))
{}

Result<void> AgencyCaseFile::write(const QString& customerCode, QDate asOf,
                                   const CaseFilePaths& paths)
{
    auto statement = StatementService(m_database).statement(customerCode, asOf);
    if (!statement)
        return std::unexpected(statement.error());
    CaseFacts facts{
        .statement = std::move(*statement), .handover = {}, .reminders = {}, .activities = {}};
    const CustomerId customer = facts.statement.customer.id;

    const auto history = AgencyService(m_database).history(customer);
    if (!history)
        return std::unexpected(history.error());
    for (const AgencyHandover& handover : *history) {
        if (handover.date <= asOf)
            facts.handover = handover; // oldest first: the last one dated by then
    }
    auto reminders = ReminderLogRepository(m_database).history(customer, asOf);
    if (!reminders)
        return std::unexpected(reminders.error());
    facts.reminders = std::move(*reminders);
    auto activities = ActivityService(m_database).history(customer, asOf);
    if (!activities)
        return std::unexpected(activities.error());
    facts.activities = std::move(*activities);

    if (!paths.itemsCsv.isEmpty()) {
        AgingDetail detail{.buckets = facts.statement.buckets, .rows = facts.statement.items};
        if (auto ok = ReportExport::write(ReportTables::agingDetail(detail), paths.itemsCsv,
                                          ReportFormat::Csv);
            !ok)
            return ok;
    }
    if (!paths.remindersCsv.isEmpty()) {
        if (auto ok = ReportExport::write(remindersTable(facts.reminders), paths.remindersCsv,
                                          ReportFormat::Csv);
            !ok)
            return ok;
    }
    if (!paths.activityCsv.isEmpty()) {
        if (auto ok = ReportExport::write(ReportTables::activities(facts.activities),
                                          paths.activityCsv, ReportFormat::Csv);
            !ok)
            return ok;
    }
    if (paths.pdf.isEmpty())
        return {};

    const auto settings = LedgerInfoService(m_database).settings();
    if (!settings)
        return std::unexpected(settings.error());
    const auto templates = LetterTemplateService(m_database).templates();
    if (!templates)
        return std::unexpected(templates.error());
    LetterComposer composer(settings->company, *templates);
    const auto statementLetter = composer.statement(facts.statement);
    if (!statementLetter)
        return std::unexpected(statementLetter.error());
    const QString agency = facts.handover ? facts.handover->agency : QString();
    const auto caseLetter = composer.letter(u"agency-case"_s, facts.statement.customer.language,
                                            caseFields(facts), agency, asOf);
    if (!caseLetter)
        return std::unexpected(caseLetter.error());
    LetterPdfWriter writer(settings->company, m_layout);
    Result<void> written = writer.open(paths.pdf);
    if (written)
        written = writer.add(*statementLetter);
    if (written)
        written = writer.add(*caseLetter);
    if (written)
        written = writer.finish();
    return written;
}

} // namespace ardesk
