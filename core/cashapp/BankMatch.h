#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/BankLine.h"
#include "domain/Ids.h"

namespace ardesk {

// The contract's matching rules, first that applies wins.
enum class MatchRule { Reference, CustomerAmount, Customer, Unmatched };
// "reference", "customer-amount", "customer", "unmatched".
QString matchRuleName(MatchRule rule);

// How the matcher knew the customer.
enum class CustomerClue { None, Documents, RememberedAccount, CustomerAccount, Code, Name };
// How the amount fits the documents.
enum class AmountFit { None, Exact, OldestItems, OneItem, Different };

// The matcher's proposal for one bank line: who paid, for which documents, how sure, and why
// (the clue and the fit, which the CLI and the Bank page put into words).
struct BankMatch {
    BankLine line;
    MatchRule rule = MatchRule::Unmatched;
    int score = 0; // 0 to 100
    CustomerId customer;
    QString customerCode;
    QString customerName;
    QList<InvoiceId> items; // the documents paid, in the order they are paid
    QStringList documents;  // their numbers
    qint64 documentsOpenMinor = 0;
    // The early-payment discounts the documents still offer on the booking date.
    qint64 documentsDiscountMinor = 0;
    CustomerClue clue = CustomerClue::None;
    AmountFit fit = AmountFit::None;
    bool posted = false; // by this run (`bank match --auto`)

    // "posted", "suggested" or "unmatched": the `action` column of `bank match`.
    QString action() const;

    // The reason in plain English, for the command line.
    QString explanation() const;
};

} // namespace ardesk
