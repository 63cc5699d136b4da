#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "cashapp/BankMatch.h"
#include "cashapp/BankMatchData.h"
#include "ledger/AllocationService.h"

namespace ardesk {

// The contract's four rules over data in memory, so that ten thousand lines are matched
// against a million invoices without a query per line:
// 1. reference — the reference names open documents of one customer (numbers, PLAN-<id>/<n>,
//    or their RF creditor references): 100 when the amount is their open total, else 80;
// 2. customer-amount — the customer is known (an account remembered or on the customer, the
//    customer code in the reference, or the payer's name) and the amount is the open total of
//    the oldest items or the open amount of one item: 70;
// 3. customer — the customer is known, the amount fits nothing: 50;
// 4. unmatched — 0.
// Only documents in the line's currency with something open count, and only customers billed
// in it.
class BankMatcher {
public:
    explicit BankMatcher(BankMatchData data);

    BankMatch match(const BankLine& line) const;
    // A posting took these shares: later lines of the run see the items with less open.
    void consume(const QList<AllocationShare>& shares);

    // Case, accents and punctuation folded away: "Müller & Söhne GmbH." and "MULLER SOHNE
    // GMBH" compare equal.
    static QString foldName(const QString& name);

private:
    struct Clue {
        const Customer* customer = nullptr;
        CustomerClue kind = CustomerClue::None;
    };

    static QStringList tokens(const QString& reference);
    // The open items the tokens name, by number or by creditor reference, without repeats.
    QList<int> namedItems(const QStringList& tokens, const BankLine& line) const;
    std::optional<BankMatch> byReference(const BankLine& line, const QStringList& tokens) const;
    Clue customerOf(const BankLine& line, const QStringList& tokens) const;
    const Customer* customerIn(qint64 id, const BankLine& line) const;
    void fitCustomerItems(BankMatch& match) const;
    void addItem(BankMatch& match, int index) const;
    bool isOpenIn(int index, const BankLine& line) const;

    BankMatchData m_data;
    QHash<qint64, int> m_customerIndex;            // customer id -> index in m_data.customers
    QHash<qint64, QList<int>> m_itemsOf;           // customer id -> its items, oldest due first
    QHash<qint64, int> m_itemById;                 // item id -> index in m_data.openItems
    QHash<QString, int> m_itemByNumber;            // upper-case number
    QHash<QString, int> m_itemByFolded;            // letters and digits; -1 where two fold alike
    QHash<QString, qint64> m_customerByCode;       // upper-case code
    QHash<QString, qint64> m_customerByName;       // folded name; -1 where two fold alike
    QHash<QString, qint64> m_customerByOwnAccount; // -1 where two customers give one account
};

} // namespace ardesk
