#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "imports/ImportKind.h"

namespace ardesk {

// The size and shape of a demo company. The same parameters give byte-identical files on every
// platform: all randomness comes from QRandomGenerator(seed), whose sequence is specified.
struct DemoParameters {
    int customers = 40;
    int invoices = 500;
    // Payments to aim for (met within a few percent when the invoices allow it); empty: what the
    // customers' habits give, about one per paid invoice.
    std::optional<int> payments;
    quint32 seed = 1;
    QDate today; // the last day of the 18 months of history; nothing is dated after it
};

struct DemoCounts {
    int customers = 0;
    int invoices = 0;
    int payments = 0;
    int creditNotes = 0;
    bool cancelled = false; // the progress callback said stop; nothing is left behind
};

enum class DemoStage {
    Generating,
    ImportingCustomers,
    ImportingInvoices,
    ImportingPayments,
    ImportingCreditNotes,
};

// Called now and then with the stage and how far it has got (done of total, in the stage's own
// units: days of history, bytes of a file); returning false cancels.
using DemoProgress = std::function<bool(DemoStage stage, qint64 done, qint64 total)>;

// A realistic small-business receivables history, written as native-format CSV files: varied
// customers (non-ASCII names, commas, quotes and line breaks in fields), invoices over the 18
// months before `today`, payments that are mostly on time, some late, partial, unlinked or over
// the amount, prospects' deposits, and a few credit notes. Recent invoices are open, so an aging
// as of `today` has something in every standard bucket and some unapplied credit.
//
// Rows are streamed in date order with only small per-customer and per-pending-payment state,
// so a million invoices take seconds and little memory.
class DemoLedgerGenerator {
public:
    DemoLedgerGenerator(const DemoParameters& parameters, CurrencyCode currency);

    // "customers.csv", "invoices.csv", "payments.csv", "credit-notes.csv".
    static QString fileName(ImportKind kind);

    // Writes the four files into `folder` (created if missing), replacing files of those names.
    Result<DemoCounts> generate(const QString& folder, const DemoProgress& progress = {}) const;

    // Creates a new ledger at `path` (an existing file is refused with AlreadyExists) and fills
    // it with a generated company through the native importer, so demo data takes the same path
    // as a user's files, then adds plans, promises and a dispute (DemoCollections). On any
    // failure or cancel the new file is removed again.
    static Result<DemoCounts> buildLedger(const QString& path, const QString& company,
                                          CurrencyCode currency, const DemoParameters& parameters,
                                          const DemoProgress& progress = {});

private:
    DemoParameters m_parameters;
    CurrencyCode m_currency;
};

} // namespace ardesk
