#include "common/ImportRunner.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "common/PostToOwner.h"
#include "storage/Database.h"

namespace ardesk {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
{}

ImportRunner::~ImportRunner()
{
    cancel();
    waitForFinished();
}

void ImportRunner::start(const QString& ledgerPath, ImportKind kind, const QString& file,
                         const ImportOptions& options)
{
    Q_ASSERT(!isRunning());
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome outcome = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (outcome)
            Q_EMIT finished(*outcome);
        else
            Q_EMIT failed(outcome.error());
    });
    const QPointer<ImportRunner> self(this);
    auto progress = [self, cancelled = m_cancelled](qint64 done, qint64 total) {
        postToOwner(self,
                    [done, total](ImportRunner& runner) { Q_EMIT runner.progressed(done, total); });
        return !cancelled->load();
    };
    ImportOptions jobOptions = options;
    jobOptions.progress = std::move(progress);
    m_watcher->setFuture(QtConcurrent::run(
        [ledgerPath, kind, file, jobOptions = std::move(jobOptions)]() -> Outcome {
            auto database = Database::open(ledgerPath);
            if (!database)
                return std::unexpected(database.error());
            return NativeImporter(**database).run(kind, file, jobOptions);
        }));
}

void ImportRunner::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void ImportRunner::waitForFinished()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

} // namespace ardesk
