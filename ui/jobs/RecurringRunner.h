#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include "domain/Error.h"
#include "recurring/RecurringService.h"

namespace ardesk {

class JobRunner;

// What a recurring run answered: the invoices due as of a date (a preview, nothing created) or
// the invoices created; `cancelled` when Cancel stopped the creating run, which then created
// nothing.
struct RecurringRunOutcome {
    bool preview = false;
    QDate asOf;
    QList<RecurringInvoice> invoices;
    bool cancelled = false;
};

// Runs "Create due invoices" off the GUI thread: the preview, then the run that creates them,
// all in one transaction that Cancel rolls back. Each job opens its own Database on the ledger
// path, since a connection belongs to its thread.
class RecurringRunner : public QObject {
    Q_OBJECT

public:
    explicit RecurringRunner(QObject* parent = nullptr);

    void preview(const QString& ledgerPath, QDate asOf);
    void create(const QString& ledgerPath, QDate asOf);
    // Drops every answer still to come (the ledger was closed).
    void discard();
    bool isRunning() const;
    // For a progress dialog to follow.
    JobRunner* jobs() const { return m_jobs; }

Q_SIGNALS:
    void finished(const ardesk::RecurringRunOutcome& outcome);
    // The ledger failed or refused; nothing was created.
    void failed(bool preview, const ardesk::Error& error);

private:
    void start(const QString& ledgerPath, QDate asOf, bool preview);

    JobRunner* m_jobs;
};

} // namespace ardesk
