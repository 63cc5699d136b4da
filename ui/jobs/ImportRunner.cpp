#include "jobs/ImportRunner.h"

#include "jobs/JobRunner.h"
#include "storage/Database.h"

namespace ardesk {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
    , m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::progressed, this, &ImportRunner::progressed);
}

void ImportRunner::start(const QString& ledgerPath, ImportKind kind, const QString& file,
                         const ImportOptions& options)
{
    m_jobs->start(
        [ledgerPath, kind, file, options](const JobControl& control) -> Result<ImportReport> {
            auto database = Database::open(ledgerPath);
            if (!database)
                return std::unexpected(database.error());
            ImportOptions jobOptions = options;
            jobOptions.progress = [&control](qint64 done, qint64 total) {
                return control.progress(done, total);
            };
            return NativeImporter(**database).run(kind, file, jobOptions);
        },
        [this](const Result<ImportReport>& outcome) {
            if (outcome)
                Q_EMIT finished(*outcome);
            else
                Q_EMIT failed(outcome.error());
        });
}

void ImportRunner::cancel()
{
    m_jobs->cancel();
}

void ImportRunner::discard()
{
    m_jobs->discard();
}

bool ImportRunner::isRunning() const
{
    return m_jobs->isRunning();
}

} // namespace ardesk
