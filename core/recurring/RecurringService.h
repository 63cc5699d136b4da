#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "domain/RecurringSchedule.h"
#include "ledger/InvoiceEntryService.h"
#include "storage/CustomerRepository.h"
#include "storage/RecurringRepository.h"

namespace ardesk {

class Database;

// A schedule as a user enters or edits it.
struct RecurringRequest {
    QString customerCode;
    QString amount; // a plain amount in the customer's currency ("1234.50")
    QString description;
    RecurringFrequency frequency = RecurringFrequency::Monthly;
    QDate start;
    int day = 0; // 0: the start's day (monthly, quarterly, yearly); none for weekly
    bool lastDay = false;
    std::optional<int> count;
    std::optional<QDate> end;
    QString prefix;   // empty: RecurringService::defaultPrefix, unless numbered by sequence
    QString sequence; // a number such as INV-000001: number on from its sequence, not by prefix

    // What a user would enter to get this schedule again (an edit starts from it).
    static RecurringRequest of(const RecurringSchedule& schedule);
};

// A schedule with where it stands: what it created and what comes next.
struct RecurringScheduleView {
    enum class Status { Active, Paused, Ended, Finished };

    RecurringSchedule schedule;
    Status status = Status::Active;
    int invoicesCreated = 0;
    QDate lastCreated; // the date of the latest invoice created, if any
    QDate next;        // the next date to bill, invalid when none is to come
};

// "active", "paused", "ended", "finished": the status column of `recurring list`.
QString recurringStatusName(RecurringScheduleView::Status status);

// An invoice a run creates (or, in a dry run, would create).
struct RecurringInvoice {
    RecurringScheduleId schedule;
    CustomerId customer;
    QString customerCode;
    QString customerName;
    QString number;
    QDate issueDate;
    QDate dueDate;
    Money amount;
    QString description;
};

struct RecurringRunOptions {
    QDate asOf;
    bool dryRun = false;
    // Called after each invoice created, inside the run's transaction; false stops the run,
    // which then creates nothing.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct RecurringRunResult {
    QList<RecurringInvoice> invoices; // by issue date, then schedule
    bool cancelled = false;           // stopped through `progress`: nothing was created
};

// Recurring invoices (docs/contract.md, Recurring invoices): schedules added, edited, paused,
// resumed and ended, and the run that creates every invoice due on or before a date that was
// not created yet, through the invoice entry rules, all in one transaction.
//
// Never twice: the run reads what was created inside its own write transaction (BEGIN
// IMMEDIATE, so a second run waits for the first and then sees its invoices), and every date it
// bills is recorded under a unique (schedule, date) key in the same transaction as its invoice.
class RecurringService {
public:
    static const QString defaultPrefix;

    explicit RecurringService(Database& database);

    // InvalidArgument (a usage error) for an amount that is not a plain amount in the
    // customer's currency, a day with a weekly schedule, a day outside 1–31, both a count and
    // an end; NotFound for an unknown customer; InvalidInput for anything else the ledger
    // refuses (an end before the start, a prefix or sequence that makes no invoice number).
    // A prefix and a sequence together are InvalidArgument.
    Result<RecurringScheduleId> add(const RecurringRequest& request);
    // As add(). Once the schedule created an invoice, only the amount, description, numbering,
    // count and end may change, the count not below what was created, the end not before it.
    // `asRead` is the schedule as the editor read it: ChangedMeanwhile, ledger unchanged, when
    // it is stored otherwise now (someone else edited, paused, resumed or ended it since).
    Result<void> edit(RecurringScheduleId id, const RecurringRequest& request,
                      const RecurringSchedule& asRead);
    Result<QList<RecurringScheduleView>> list();
    // One schedule of list(); NotFound for an unknown id.
    Result<RecurringScheduleView> view(RecurringScheduleId id);

    // No invoice dated on or after `from` until resumed; those dates are never billed.
    Result<void> pause(RecurringScheduleId id, QDate from);
    // Bills again from `from`; the dates of the pause before it are recorded as skipped.
    Result<void> resume(RecurringScheduleId id, QDate from);
    // No invoice dated after `on`; dates up to it not yet billed still are.
    Result<void> end(RecurringScheduleId id, QDate on);

    Result<RecurringRunResult> run(const RecurringRunOptions& options);

private:
    Result<RecurringSchedule> validated(const RecurringRequest& request);
    Result<RecurringSchedule> existing(RecurringScheduleId id);
    Result<QList<RecurringInvoice>> dueInvoices(QDate asOf);
    Result<void> number(QList<RecurringInvoice>& invoices,
                        const QList<RecurringSchedule>& schedules);
    Result<void> recordSkipped(const RecurringSchedule& schedule, QDate from, QDate through);

    Database& m_database;
    CustomerRepository m_customers;
    RecurringRepository m_schedules;
    InvoiceEntryService m_entry;
};

} // namespace ardesk
