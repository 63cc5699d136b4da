#pragma once

#include <QDialog>
#include <QList>

#include "cashapp/BankMatch.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ardesk {

class CustomerPicker;
class LedgerSession;
class SplitPartModel;

// Posts one bank line across several customers: one receipt paying for a group of companies,
// or an agency passing on what it collected. Each part names a customer, an amount and the
// documents it pays first; the parts must add up to the receipt exactly, and each becomes a
// payment of its own (CashApplicationService::postSplit, one transaction). No payer account is
// remembered: it paid for several.
class BankSplitDialog : public QDialog {
    Q_OBJECT

public:
    BankSplitDialog(LedgerSession& session, const BankMatch& proposal, QWidget* parent = nullptr);
    ~BankSplitDialog() override;

    SplitPartModel* partsModel() const { return m_parts; }
    // The payments posted, one per part, once the dialog was accepted.
    const QList<BankMatch>& posted() const { return m_posted; }

    // Adds the part the fields describe, if it is one; else says what is wrong with it.
    void addPart();
    void removePart();
    void accept() override;

private:
    qint64 remainingMinor() const;
    // Why the fields are not a part yet; empty when they are.
    QString partProblem() const;
    void updateTotals();
    void prefillAmount();

    LedgerSession& m_session;
    BankMatch m_proposal;
    SplitPartModel* m_parts;
    CustomerPicker* m_customerPicker;
    QLineEdit* m_amountLineEdit;
    QLineEdit* m_documentsLineEdit;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QTableView* m_partsTableView;
    QLabel* m_totalsLabel;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttonBox;
    QList<BankMatch> m_posted;
};

} // namespace ardesk
