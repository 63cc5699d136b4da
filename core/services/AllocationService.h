#pragma once

#include "domain/Credit.h"
#include "domain/Error.h"
#include "storage/AllocationRepository.h"
#include "storage/CreditRepository.h"
#include "storage/PlanRepository.h"

namespace ardesk {

class Database;

// Records payments and credit notes and allocates them, in one transaction each:
// 1. to the explicitly named invoice first, up to its open amount (whatever the dates) — or,
//    when a plan took that invoice over, to the plan's installments in order; likewise to the
//    installments of an explicitly named plan;
// 2. then to the customer's open invoices issued on or before the credit's date, oldest due
//    date first, then lowest number;
// 3. the rest stays on the customer as unapplied credit.
// No invoice is ever over-paid and allocations never exceed the credit. The user may also
// choose the shares (record with shares), under the same two limits.
// A share of a credit for one item (an invoice or an installment).
struct AllocationShare {
    InvoiceId item;
    qint64 amountMinor = 0;

    friend bool operator==(const AllocationShare&, const AllocationShare&) = default;
};

class AllocationService {
public:
    struct Recorded {
        CreditId id;
        qint64 unappliedMinor = 0;
    };

    explicit AllocationService(Database& database);

    // The customer's items with something open now, whatever their issue dates, oldest due
    // date first, then lowest number: what a user may allocate a new credit to.
    Result<QList<AllocationItem>> openItems(CustomerId customer);

    // The shares record() would give a credit of `amount` dated `date` (with `invoice` named
    // explicitly, if valid), in the order it fills them; nothing is written.
    Result<QList<AllocationShare>> propose(CustomerId customer, const Money& amount, QDate date,
                                           InvoiceId invoice = {});

    // The credit's customer and explicit invoice must exist and belong together (the caller
    // validates them); its amount must be positive. Allocated by the rule above.
    Result<Recorded> record(const Credit& credit);
    // Records the credit with the user's own shares instead of the rule's; what they leave
    // stays unapplied. InvalidInput when a share is not positive, names an item twice, is
    // another customer's or currency's, or exceeds the item's open amount, or when the shares
    // add up to more than the credit; NotFound for an unknown item. Nothing is written then.
    Result<Recorded> record(const Credit& credit, const QList<AllocationShare>& shares);

    Result<bool> codeTaken(Credit::Kind kind, const QString& code);
    // The code after the one of this kind recorded last (DocumentNumber::next), when it is
    // free; else "".
    Result<QString> suggestedCode(Credit::Kind kind);

private:
    Result<QList<AllocationShare>> plan(const Credit& credit);
    Result<void> checkShares(const Credit& credit, const QList<AllocationShare>& shares);
    // Stores the credit with these (valid) shares, inside the caller's transaction.
    Result<Recorded> write(const Credit& credit, const QList<AllocationShare>& shares);

    Database& m_database;
    AllocationRepository m_allocations;
    CreditRepository m_credits;
    PlanRepository m_plans;
};

} // namespace ardesk
