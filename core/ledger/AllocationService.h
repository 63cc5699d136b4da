#pragma once

#include <memory>
#include <optional>

#include "domain/AmountLimit.h"
#include "domain/Credit.h"
#include "domain/Error.h"
#include "storage/AllocationRepository.h"
#include "storage/CreditRepository.h"
#include "storage/PlanRepository.h"
#include "storage/WriteOffRepository.h"

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
// Early-payment discounts: when a payment's money runs out on an item, the discounts its items
// offer on the payment's date (each item's first share of this payment only) are allowed, the
// latest items' first, as few as settle that item; the money they free pays it, and what is
// left goes on by the rule. A payment that pays its items in full takes no discount. Each
// discount allowed is booked as a write-off of kind discount, from the payment's date.
// A share of a credit for one item (an invoice or an installment).
struct AllocationShare {
    InvoiceId item;
    qint64 amountMinor = 0;
    qint64 discountMinor = 0; // an early-payment discount allowed with it (settling the item)

    friend bool operator==(const AllocationShare&, const AllocationShare&) = default;
};

class AllocationService {
public:
    struct Recorded {
        CreditId id;
        qint64 unappliedMinor = 0;
        QList<AllocationShare> shares; // as written, in the order they were filled
    };

    explicit AllocationService(Database& database);
    ~AllocationService();

    // The customer's items with something open now, whatever their issue dates, oldest due
    // date first, then lowest number: what a user may allocate a new credit to.
    Result<QList<AllocationItem>> openItems(CustomerId customer);

    // The shares record() would give a credit of `amount` dated `date` (with `invoice` named
    // explicitly, if valid), in the order it fills them; nothing is written.
    Result<QList<AllocationShare>> propose(CustomerId customer, const Money& amount, QDate date,
                                           InvoiceId invoice = {});

    // The credit's customer and explicit invoice must exist and belong together (the caller
    // validates them); its amount must be positive. Allocated by the rule above.
    // A credit that would carry the ledger's payments and credit notes past AmountLimit is
    // refused as InvalidInput. `limit`, when given, is the caller's running total for many
    // credits in one transaction (a bank run), counted instead of adding up the table each time.
    Result<Recorded> record(const Credit& credit);
    // As record(), with `items` (invoices or installments of the credit's customer) paid
    // first, in their order, like an explicitly named invoice; then the rule goes on. A bank
    // receipt whose reference names several documents pays them this way.
    Result<Recorded> recordNamingFirst(const Credit& credit, const QList<InvoiceId>& items,
                                       AmountLimit* limit = nullptr);
    // Records the credit with the user's own shares instead of the rule's; what they leave
    // stays unapplied. InvalidInput when a share is not positive, names an item twice, is
    // another customer's or currency's, or exceeds the item's open amount, or when the shares
    // add up to more than the credit; NotFound for an unknown item. A share's discount must be
    // the one its invoice offers on a payment's date, and settle the invoice with the share.
    // Nothing is written then.
    Result<Recorded> record(const Credit& credit, const QList<AllocationShare>& shares);
    // A recorded credit's unapplied money applied later (CreditCorrectionService): `credit`
    // carries its id, kind, customer, currency, the day of the application as its date and,
    // as its amount, the most that may be applied. proposeLater() gives the rule's shares for
    // it (rule 2 from that day: items issued on or before it, oldest due date first);
    // applyLater() checks shares like record() with shares does and writes their allocations,
    // dated that day, inside the caller's transaction; the caller keeps the credit's unapplied
    // amount. Money applied later earns no early-payment discount.
    Result<QList<AllocationShare>> proposeLater(const Credit& credit);
    Result<void> applyLater(const Credit& credit, const QList<AllocationShare>& shares);
    // The ledger's payments and credit notes as they stand, for a run's `limit`.
    Result<AmountLimit> amountLimit();

    // An import of many credits, inside the caller's transaction (NativeImporter): the
    // customers' open items are read once and kept in memory, each credit is recorded by
    // recordImported() under the same rule as record() and with the same rows, and
    // finishImport() writes the invoices' balances once, with all the import put on each. Until
    // then the ledger's invoices lag behind the import, so nothing else may write to the ledger
    // or rely on those balances; a rolled-back import leaves no trace. With `everyCustomer`,
    // all open items are read at once (a large file names most customers); else a customer's
    // when a credit first names it. An import of `expectedCredits` (about) at least as many
    // as the ledger holds sets the indexes of credits and allocations aside until
    // finishImport().
    Result<void> beginImport(bool everyCustomer, qint64 expectedCredits = 0);
    Result<Recorded> recordImported(const Credit& credit);
    Result<void> finishImport();
    // During an import: the customer's invoice (not installment) with this number when the
    // import holds it (it was open when the customer was read); nothing otherwise, and then
    // the ledger answers, since numbers and owners of invoices do not change in an import.
    Result<std::optional<InvoiceId>> openInvoiceNumbered(CustomerId customer,
                                                         const QString& number);

    Result<bool> codeTaken(Credit::Kind kind, const QString& code);
    // The code after the one of this kind recorded last (DocumentNumber::next), when it is
    // free; else "".
    Result<QString> suggestedCode(Credit::Kind kind);

private:
    struct ImportState;
    // What the rule reads: the ledger as it is, or an import's open items in memory.
    class LedgerReads;
    class ImportReads;

    // The rule, over either reads.
    template <typename Reads>
    Result<QList<AllocationShare>> plan(const Credit& credit, Reads& reads,
                                        const QList<InvoiceId>& namedFirst = {});
    Result<void> checkShares(const Credit& credit, const QList<AllocationShare>& shares);
    // Stores the credit with these (valid) shares, inside the caller's transaction.
    Result<Recorded> write(const Credit& credit, const QList<AllocationShare>& shares,
                           AmountLimit* limit);
    // Books the share's discount allowed, earned by the credit `id` (a write-off of kind
    // discount), and its allocation row; the caller keeps the invoice's balance.
    // What a bulk load on a server holds back (see CreditRepository::startBulkLoad), written
    // before anything that reads or refers to it.
    Result<void> writeHeldBack();
    Result<void> bookDiscount(const Credit& credit, CreditId id, const AllocationShare& share,
                              bool balance);
    // The import's customer, its open items read first if they are not yet.
    Result<void> importCustomer(CustomerId customer);

    Database& m_database;
    AllocationRepository m_allocations;
    CreditRepository m_credits;
    PlanRepository m_plans;
    WriteOffRepository m_writeOffs;
    std::unique_ptr<ImportState> m_import;
};

} // namespace ardesk
