#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "UiTestLedger.h"
#include "domain/BankLine.h"
#include "views/BankPage.h"

class QAction;
class QTableView;

namespace ardesk {
class LedgerSession;
}

namespace ardesk::test {

// How long a test waits for the page's background work (or a dialog it opens).
constexpr int bankJobTimeoutMs = 20'000;

// A Bank page with its ledger open and its (empty) queue read. The ledger: Zephyr Bakery
// (C0001) owes INV-1 and INV-2, 100% Organic_Foods (C0002) INV-3, Ärzte Bedarf (C0004) INV-4.
// `statement` is a camt.053 with five booked credits (three name their invoice exactly: score
// 100; two name nothing), a debit and a pending credit.
struct BankFixture {
    BankFixture();
    ~BankFixture();

    // Through the page's Import Statement action, as the user would.
    void importStatement();
    // The lines with `status`, read from the ledger as it is now.
    QList<BankLine> lines(BankLineStatus status) const;
    // The numbers of the customer's open items.
    QStringList openItems(const QString& customerCode) const;

    UiTestLedger ledger;
    QString statement;
    std::unique_ptr<LedgerSession> session;
    BankPage page;
};

// Until the page's background job ends (the test fails after a while).
void waitIdle(const BankPage& page);
QTableView* queueView(const BankPage& page);
QAction* pageAction(const BankPage& page, const QString& name);
// The row of the view showing the line with this reference; -1 if none.
int lineRow(const BankPage& page, const QString& reference);
QString lineCell(const BankPage& page, const QString& reference, int column);
void selectLine(const BankPage& page, const QString& reference);

// The layout of a French savings bank's export: account lines, a balance, the header, the
// entries with a debit and a credit column, and a closing balance.
QByteArray frenchBankExport();

} // namespace ardesk::test
