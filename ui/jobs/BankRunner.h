#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include "bank/BankCsvProfile.h"
#include "cashapp/BankImportReport.h"
#include "cashapp/BankMatch.h"
#include "domain/Error.h"

namespace ardesk {

class JobRunner;

// What an import of a bank statement did; `cancelled` when it was stopped after reading the
// file and before storing anything.
struct BankImportOutcome {
    QString path;
    BankImportReport report;
    bool cancelled = false;
};

// What a match run answered.
struct BankMatchOutcome {
    enum class Kind {
        Queue,       // the proposals for the open lines; nothing is posted
        AutoPreview, // what "Post all" would post (a dry run)
        AutoPost,    // posted: every line scoring at least the minimum, in one transaction
    };
    Kind kind = Kind::Queue;
    QDate asOf;
    int minScore = 0;
    QList<BankMatch> matches;
    // Stopped by Cancel before the end: nothing was posted, `matches` is empty.
    bool cancelled = false;
};

// Runs the Bank page's long work on JobRunners: a statement read and stored, and the matcher
// (proposals, the dry run of "Post all" and its real run). Each job opens its own Database on
// the ledger path, since a connection belongs to its thread.
//
// The matcher runs over every open line: as of today, or as of the latest booking date when a
// statement was booked ahead of today, so that the queue never hides an open line.
class BankRunner : public QObject {
    Q_OBJECT

public:
    explicit BankRunner(QObject* parent = nullptr);

    // Reads the file (its format from its content; a CSV export through `csvProfile`), then
    // stores its booked credits, all or nothing: a cancel while reading or storing stores
    // nothing. A CSV file without a profile fails with InvalidArgument.
    void importFile(const QString& ledgerPath, const QString& file,
                    const std::optional<BankCsvProfile>& csvProfile = std::nullopt);
    // The proposals for the open lines, read off the GUI thread; a newer read supersedes one
    // still running. Nothing is written.
    void readQueue(const QString& ledgerPath, QDate today);
    // "Post all": with `dryRun` what would be posted, else posts it (all or nothing: a cancel
    // before the end posts nothing).
    void postAll(const QString& ledgerPath, QDate today, int minScore, bool dryRun);

    // Drops the answer of a queue read (cancelled, or its ledger was closed).
    void discardQueue();
    // Drops every answer still to come (the ledger was closed).
    void discardAll();
    bool isReadingQueue() const;
    bool isWorking() const;
    // The runners, for a progress dialog to follow: the queue's reads, and the rest.
    JobRunner* queueJobs() const { return m_queue; }
    JobRunner* workJobs() const { return m_work; }

Q_SIGNALS:
    void imported(const ardesk::BankImportOutcome& outcome);
    void matched(const ardesk::BankMatchOutcome& outcome);
    // The file could not be read or stored, or the ledger failed; nothing was changed.
    void importFailed(const QString& path, const ardesk::Error& error);
    void matchFailed(ardesk::BankMatchOutcome::Kind kind, const ardesk::Error& error);

private:
    JobRunner* m_queue;
    JobRunner* m_work;
};

} // namespace ardesk
