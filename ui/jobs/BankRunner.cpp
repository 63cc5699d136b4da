#include "jobs/BankRunner.h"

#include <algorithm>

#include "cashapp/BankFileReader.h"
#include "cashapp/BankLineService.h"
#include "cashapp/BankStatementImporter.h"
#include "cashapp/CashApplicationService.h"
#include "jobs/JobRunner.h"
#include "storage/Database.h"

namespace ardesk {

namespace {

// Today, or the latest booking date of an open line when a statement runs ahead of today.
Result<QDate> queueDate(Database& database, QDate today)
{
    const auto open = BankLineService(database).lines(BankLineStatus::Open);
    if (!open)
        return std::unexpected(open.error());
    QDate asOf = today;
    for (const BankLine& line : *open)
        asOf = std::max(asOf, line.bookingDate);
    return asOf;
}

// Progress for every this many lines: each report is an event on the GUI thread.
constexpr qint64 progressEvery = 256;

Result<BankMatchOutcome> runMatch(const JobControl& control, const QString& path, QDate today,
                                  BankMatchOutcome::Kind kind, int minScore)
{
    auto database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    const auto asOf = queueDate(**database, today);
    if (!asOf)
        return std::unexpected(asOf.error());
    const bool automatic = kind != BankMatchOutcome::Kind::Queue;
    auto matches = CashApplicationService(**database)
                       .match({.asOf = *asOf,
                               .autoPost = automatic,
                               .minScore = minScore,
                               .dryRun = kind == BankMatchOutcome::Kind::AutoPreview,
                               .progress = [&control](qint64 done, qint64 total) {
                                   if (done % progressEvery == 0 || done == total)
                                       return control.progress(done, total);
                                   return !control.shouldStop();
                               }});
    if (!matches)
        return std::unexpected(matches.error());
    // The service answers a cancelled run with an empty list; the stop flag tells it from an
    // empty queue.
    const bool cancelled = matches->isEmpty() && control.shouldStop();
    return BankMatchOutcome{.kind = kind,
                            .asOf = *asOf,
                            .minScore = minScore,
                            .matches = std::move(*matches),
                            .cancelled = cancelled};
}

} // namespace

BankRunner::BankRunner(QObject* parent)
    : QObject(parent)
    , m_queue(new JobRunner(this))
    , m_work(new JobRunner(this))
{}

void BankRunner::importFile(const QString& ledgerPath, const QString& file,
                            const std::optional<BankCsvProfile>& csvProfile)
{
    m_work->start(
        [ledgerPath, file, csvProfile](const JobControl& control) -> Result<BankImportOutcome> {
            // Two halves: reading the file (its size is what takes time), then storing its
            // lines in one transaction, which Cancel rolls back.
            control.progress(0, 2);
            const auto read = BankFileReader::read(file, std::nullopt, csvProfile);
            if (!read)
                return std::unexpected(read.error());
            qint64 entries = 0;
            for (const BankStatement& statement : read->statements)
                entries += statement.entries.size();
            if (!control.progress(entries, 2 * entries))
                return BankImportOutcome{.path = file, .report = {}, .cancelled = true};
            auto database = Database::open(ledgerPath);
            if (!database)
                return std::unexpected(database.error());
            auto report = BankStatementImporter(**database)
                              .store(*read, false, [&control, entries](qint64 done, qint64) {
                                  return control.progress(entries + done, 2 * entries);
                              });
            if (!report)
                return std::unexpected(report.error());
            if (report->cancelled)
                return BankImportOutcome{.path = file, .report = {}, .cancelled = true};
            control.progress(2 * entries, 2 * entries);
            return BankImportOutcome{
                .path = file, .report = std::move(*report), .cancelled = false};
        },
        [this, file](const Result<BankImportOutcome>& outcome) {
            if (outcome)
                Q_EMIT imported(*outcome);
            else
                Q_EMIT importFailed(file, outcome.error());
        });
}

void BankRunner::readQueue(const QString& ledgerPath, QDate today)
{
    m_queue->start(
        [ledgerPath, today](const JobControl& control) {
            return runMatch(control, ledgerPath, today, BankMatchOutcome::Kind::Queue, 0);
        },
        [this](const Result<BankMatchOutcome>& outcome) {
            if (outcome)
                Q_EMIT matched(*outcome);
            else
                Q_EMIT matchFailed(BankMatchOutcome::Kind::Queue, outcome.error());
        });
}

void BankRunner::postAll(const QString& ledgerPath, QDate today, int minScore, bool dryRun)
{
    const auto kind =
        dryRun ? BankMatchOutcome::Kind::AutoPreview : BankMatchOutcome::Kind::AutoPost;
    m_work->start(
        [ledgerPath, today, kind, minScore](const JobControl& control) {
            return runMatch(control, ledgerPath, today, kind, minScore);
        },
        [this, kind](const Result<BankMatchOutcome>& outcome) {
            if (outcome)
                Q_EMIT matched(*outcome);
            else
                Q_EMIT matchFailed(kind, outcome.error());
        });
}

void BankRunner::discardQueue()
{
    m_queue->discard();
}

void BankRunner::discardAll()
{
    m_queue->discard();
    m_work->discard();
}

bool BankRunner::isReadingQueue() const
{
    return m_queue->isRunning();
}

bool BankRunner::isWorking() const
{
    return m_work->isRunning();
}

} // namespace ardesk
