#pragma once

#include <functional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "cashapp/BankMatch.h"
#include "cashapp/BankMatchData.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "ledger/ActivityService.h"
#include "ledger/AllocationService.h"
#include "storage/BankLineRepository.h"
#include "storage/CounterpartyRepository.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

class Database;

// Applies bank lines: proposes who paid what (BankMatcher), posts a line as the payment
// BANK-<line id> through the allocation rules, or takes it out of the queue. A line is posted
// at most once: its status changes in the same transaction as the payment is written, and
// both the status change and the payment's code refuse a second time.
class CashApplicationService {
public:
    struct MatchOptions {
        QDate asOf;            // lines booked after it wait for a later run
        bool autoPost = false; // post every line scoring at least minScore
        int minScore = 90;
        bool dryRun = false; // with autoPost: report what would be posted, post nothing
        // Called after each line with the lines done and their number; return false to
        // cancel: nothing is posted, and the list comes back empty.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    // One customer's share of a line split across customers.
    struct SplitPart {
        QString customerCode;
        Money amount;               // in the line's currency, > 0
        QStringList invoiceNumbers; // paid first
    };

    explicit CashApplicationService(Database& database);

    // A proposal for every open line booked on or before asOf, in booking-date order; the
    // postings of an automatic run are one transaction, and later lines see what earlier
    // ones paid.
    Result<QList<BankMatch>> match(const MatchOptions& options);
    // Posts an open line for the customer (code), paying `invoiceNumbers` (its invoices or
    // installments) first, and remembers the payer's account for that customer.
    Result<BankMatch> post(BankLineId line, const QString& customerCode,
                           const QStringList& invoiceNumbers);
    // Posts an open line as one payment per part, BANK-<line id>-1, -2, …, each for its
    // customer like post() (no account is remembered: it paid for several). The parts must add
    // up to the line's amount exactly.
    Result<QList<BankMatch>> postSplit(BankLineId line, const QList<SplitPart>& parts);
    // Takes an open line out of the queue (a refund, a transfer between own accounts).
    Result<void> ignore(BankLineId line, const QString& reason);

private:
    Result<BankMatchData> matchData();
    Result<BankLine> openLine(BankLineId id);
    // The customer (by code, billed in the line's currency) and its open documents named.
    Result<BankMatch> resolvePart(const BankLine& line, const QString& customerCode,
                                  const QStringList& invoiceNumbers);
    // Closes the line and records its payment, inside the caller's transaction.
    Result<AllocationService::Recorded> postLine(const BankMatch& match,
                                                 AmountLimit* limit = nullptr);
    // Posted once: refuses a line that is not open (any more).
    Result<void> closeLine(const BankLine& line);
    // The payment `code` of match.line.amount for match.customer, and a note in its activity
    // log.
    Result<AllocationService::Recorded> recordPayment(const BankMatch& match, const QString& code,
                                                      AmountLimit* limit = nullptr);

    Database& m_database;
    BankLineRepository m_lines;
    CounterpartyRepository m_counterparties;
    CustomerRepository m_customers;
    AllocationService m_allocation;
    ActivityService m_activities;
};

} // namespace ardesk
