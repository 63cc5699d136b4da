#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

#include "domain/Ids.h"
#include "domain/Money.h"

namespace ardesk {

// One change to a customer's ledger as the audit trail recorded it: which document, what was
// done to it, by whom and when. The ledger's own triggers write these (schema 17), so every
// change is there whichever part of the program made it.
struct AuditEntry {
    enum class DocumentKind { Customer, Invoice, Payment, CreditNote, Plan, Activity };
    enum class Action {
        Created,
        Changed, // an invoice's correction (edit), a customer's details
        Voided,
        Deleted,
        Allocated,  // a payment or credit note applied to the invoice `related`
        Unapplied,  // taken off the invoice `related` again
        WrittenOff, // part of an invoice written off
        Discounted, // an early-payment discount granted on an invoice
        Reminded,   // a reminder of level `related` recorded for an invoice
        Resolved,   // a dispute resolved
        HandedOver, // the customer handed over to the agency `related`
        Recalled,   // and taken back from it
        Cancelled,  // an installment plan cancelled
        Rescheduled // or replaced by a new one
    };

    qint64 id = 0;
    CustomerId customerId;
    DocumentKind documentKind = DocumentKind::Invoice;
    qint64 documentId = 0;
    // Its number or code when the change was made (an activity: its kind, such as "call"), so a
    // deleted or renumbered document keeps its history.
    QString document;
    Action action = Action::Created;
    QString related;
    std::optional<Money> amount; // the document's or the allocation's, where it has one
    QString madeBy;              // empty: changed outside ARDesk on a file ledger
    QDateTime madeAt;            // UTC
};

} // namespace ardesk
