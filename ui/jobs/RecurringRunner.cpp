#include "jobs/RecurringRunner.h"

#include "jobs/JobRunner.h"
#include "storage/Database.h"

namespace ardesk {

namespace {

// Progress for every this many invoices: each report is an event on the GUI thread.
constexpr qint64 progressEvery = 64;

} // namespace

RecurringRunner::RecurringRunner(QObject* parent)
    : QObject(parent)
    , m_jobs(new JobRunner(this))
{}

void RecurringRunner::preview(const QString& ledgerPath, QDate asOf)
{
    start(ledgerPath, asOf, true);
}

void RecurringRunner::create(const QString& ledgerPath, QDate asOf)
{
    start(ledgerPath, asOf, false);
}

void RecurringRunner::start(const QString& ledgerPath, QDate asOf, bool preview)
{
    m_jobs->start(
        [ledgerPath, asOf, preview](const JobControl& control) -> Result<RecurringRunOutcome> {
            auto database = Database::open(ledgerPath);
            if (!database)
                return std::unexpected(database.error());
            auto result = RecurringService(**database)
                              .run({.asOf = asOf,
                                    .dryRun = preview,
                                    .progress = [&control](qint64 done, qint64 total) {
                                        if (done % progressEvery == 0 || done == total)
                                            return control.progress(done, total);
                                        return !control.shouldStop();
                                    }});
            if (!result)
                return std::unexpected(result.error());
            return RecurringRunOutcome{.preview = preview,
                                       .asOf = asOf,
                                       .invoices = std::move(result->invoices),
                                       .cancelled = result->cancelled};
        },
        [this, preview](const Result<RecurringRunOutcome>& outcome) {
            if (outcome)
                Q_EMIT finished(*outcome);
            else
                Q_EMIT failed(preview, outcome.error());
        });
}

void RecurringRunner::discard()
{
    m_jobs->discard();
}

bool RecurringRunner::isRunning() const
{
    return m_jobs->isRunning();
}

} // namespace ardesk
