#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "cashapp/BankImportReport.h"
#include "cashapp/BankMatch.h"
#include "domain/Error.h"

namespace ardesk {

// The Bank page's words for what the matcher found and what an import did. The matcher's own
// explanation() is English for the command line; these sentences are composed from its clue,
// fit and documents in the user's language.
class BankMatchText {
    Q_DECLARE_TR_FUNCTIONS(BankMatchText)

public:
    // Why the matcher proposes what it does ("The reference names INV-1; the amount is their
    // open total."), or why it proposes nothing.
    static QString reason(const BankMatch& match);
    // The documents paid, "INV-1, INV-2"; empty when the proposal names none.
    static QString documents(const BankMatch& match);
    // "Zephyr Bakery (C0001)"; empty for an unmatched line.
    static QString customer(const BankMatch& match);
    // Who sent a line: its counterparty, or "an unnamed payer".
    static QString payer(const BankLine& line);
    // What a line is, for the dialogs that post it: amount, date and payer, then the payer's
    // account and the reference on lines of their own when the bank gave them.
    static QString lineSummary(const BankLine& line, const QLocale& locale);
    // Why posting or ignoring a line failed, in the user's words.
    static QString changeError(const Error& error);
    // The counts of an import: credits, new, duplicates, debits and pending entries skipped.
    static QString importSummary(const QString& fileName, const BankImportReport& report,
                                 const QLocale& locale);
};

} // namespace ardesk
