#pragma once

#include <QObject>
#include <QString>

#include "domain/Error.h"
#include "imports/ImportIssue.h"
#include "imports/ImportKind.h"
#include "imports/NativeImporter.h"

namespace ardesk {

class JobRunner;

// Runs one import (or its dry run), native or another tool's file, on a JobRunner. The job
// opens its own Database on the ledger path; the GUI's connection keeps reading meanwhile
// (WAL). Cancelling makes the importer's next progress call return false: its transaction rolls
// back and the ledger is as it was.
class ImportRunner : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);

    // options.progress is the runner's own.
    void start(const QString& ledgerPath, ImportKind kind, const QString& file,
               const ImportOptions& options);
    // Asks the running job to stop at its next progress call (every few thousand rows); its
    // report still arrives.
    void cancel();
    // Stops the running job and drops its report: a dry run whose answer no longer matters.
    void discard();
    bool isRunning() const;

Q_SIGNALS:
    // Bytes of the file read so far, and its size; done == total once every row is read (the
    // commit, which can take a few seconds for a large file, comes after).
    void progressed(qint64 done, qint64 total);
    // The job ran to its end (or to a cancel): the report lists the file's problems.
    void finished(const ardesk::ImportReport& report);
    // The ledger itself failed (cannot be opened, a write failed); nothing was imported.
    void failed(const ardesk::Error& error);

private:
    JobRunner* m_jobs;
};

} // namespace ardesk
