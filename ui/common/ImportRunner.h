#pragma once

#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include "domain/Error.h"
#include "io/ImportIssue.h"
#include "io/ImportKind.h"
#include "io/NativeImporter.h"

namespace ardesk {

// Runs one import (or its dry run), native or another tool's file, off the GUI thread. A connection
// belongs to the thread that opened it, so the job opens its own Database on the ledger path, as
// DashboardLoader does; the GUI's connection keeps reading meanwhile (WAL). Cancelling makes
// the importer's next progress call return false: its transaction rolls back and the ledger is
// as it was.
class ImportRunner : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);
    // Cancels a running job and waits for it: it writes to a ledger the owner may close next.
    ~ImportRunner() override;

    // options.progress is the runner's own.
    void start(const QString& ledgerPath, ImportKind kind, const QString& file,
               const ImportOptions& options);
    // Asks the running job to stop at its next progress call (every few thousand rows).
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    void waitForFinished();

Q_SIGNALS:
    // Bytes of the file read so far, and its size; done == total once every row is read (the
    // commit, which can take a few seconds for a large file, comes after).
    void progressed(qint64 done, qint64 total);
    // The job ran to its end (or to a cancel): the report lists the file's problems.
    void finished(const ardesk::ImportReport& report);
    // The ledger itself failed (cannot be opened, a write failed); nothing was imported.
    void failed(const ardesk::Error& error);

private:
    using Outcome = Result<ImportReport>;

    QFutureWatcher<Outcome>* m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace ardesk
