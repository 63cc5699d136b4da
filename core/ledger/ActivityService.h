#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Activity.h"
#include "domain/Error.h"
#include "domain/SentReminder.h"
#include "ledger/InvoiceLookup.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/ReminderLogRepository.h"

namespace ardesk {

class Database;

// A customer's collection log: calls, e-mails and notes, promises to pay, and disputes that
// hold back an invoice. Every change is one transaction; bad input is refused as InvalidInput
// with a detail that says what is wrong, and the ledger is left unchanged.
class ActivityService {
public:
    struct PromiseRequest {
        CustomerId customer;
        QDate date;                  // when the customer promised
        std::optional<Money> amount; // required: in the customer's currency, > 0
        QDate payBy;                 // on or after `date`
        InvoiceId invoice;           // optional: the invoice the promise is about
        QString text;
    };

    // An activity with what it means as of a date.
    struct Entry {
        Activity activity;
        std::optional<PromiseStatus> promiseStatus; // promises only
    };

    explicit ActivityService(Database& database);

    // A call, an e-mail or a note (`kind` one of those three); a note needs text.
    Result<ActivityId> log(CustomerId customer, ActivityKind kind, QDate date, const QString& text,
                           InvoiceId invoice = {});
    Result<ActivityId> recordPromise(const PromiseRequest& request);
    // The invoice must be the customer's and not already disputed.
    Result<ActivityId> openDispute(CustomerId customer, InvoiceId invoice, QDate date,
                                   const QString& text);
    // Resolves an open dispute on a date no earlier than the day it was opened.
    Result<void> resolveDispute(ActivityId dispute, QDate resolvedOn);
    // The same for the open dispute on the invoice of this number (files and the command line
    // name invoices by number): NotFound for an unknown number, InvalidInput when the invoice
    // has no open dispute. Returns the dispute resolved.
    Result<ActivityId> resolveDisputeOf(const QString& invoiceNumber, QDate resolvedOn);

    // Up to `limit` of the customer's activities, newest first, promises with their status as
    // of `asOf`.
    Result<QList<Entry>> list(CustomerId customer, QDate asOf, int limit);
    // All the customer's activities dated on or before `asOf`, oldest first (entered order
    // within a day), promises with their status as of `asOf`: the log as it stood that day.
    Result<QList<Entry>> history(CustomerId customer, QDate asOf);
    // The reminders the customer was sent on or before `asOf`, newest first. Read from the
    // reminder log each time rather than copied into the activities, so the log stays the one
    // record of what was sent, and runs recorded before this view existed show as well.
    Result<QList<SentNotice>> remindersSent(CustomerId customer, QDate asOf);
    Result<PromiseStatus> promiseStatus(const Activity& promise, QDate asOf);
    Result<bool> isDisputed(InvoiceId invoice);

private:
    Result<Customer> customer(CustomerId id);
    // InvalidInput unless the invoice exists and is the customer's.
    Result<void> checkInvoice(CustomerId customer, InvoiceId invoice);
    Result<ActivityId> store(const Activity& activity);

    Database& m_database;
    ActivityRepository m_activities;
    CustomerRepository m_customers;
    InvoiceLookup m_invoices;
    ReminderLogRepository m_reminders;
};

} // namespace ardesk
