#pragma once

#include <QList>

#include "domain/BankLine.h"

namespace ardesk {

// One credit of an imported file: the line as stored, or as the ledger already had it.
struct BankImportRow {
    BankLine line; // id 0 for a new line of a dry run, which is never stored
    bool duplicate = false;
};

// What `bank import` did: one row per booked credit, in the file's order, and the count of
// the entries that are not receipts to apply.
struct BankImportReport {
    QList<BankImportRow> rows;
    int newLines = 0;
    int duplicates = 0;
    int debitsSkipped = 0;
    int pendingSkipped = 0; // pending and information-only entries, credits or debits
    bool dryRun = false;
    bool cancelled = false; // stopped through the progress callback: nothing was stored
};

} // namespace ardesk
