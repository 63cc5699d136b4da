#pragma once

#include <QDialog>

#include "domain/Credit.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ardesk {

class DateEdit;

class AllocationTableModel;
class CreditApplicationModel;
class LedgerSession;

// A saved payment's or credit note's allocation, changed later: what it pays now, each row of
// which can be un-applied, and the customer's open items with the shares of its unapplied money
// in the payment dialog's allocation editor (AllocationTableModel), applied as of the chosen
// date. Opened by a double-click or Enter on a payment or credit-note row.
class CreditApplicationsDialog : public QDialog {
    Q_OBJECT
public:
    CreditApplicationsDialog(LedgerSession& session, Credit::Kind kind, const QString& code,
                             QWidget* parent = nullptr);

    // Whether anything was un-applied or applied: the lists need reading again.
    bool changedLedger() const { return m_changed; }
    AllocationTableModel* allocationModel() const { return m_allocationModel; }

private:
    void reload();
    void unapplySelected();
    void applyShares();
    void updateButtons();

    LedgerSession& m_session;
    Credit::Kind m_kind;
    QString m_code;
    bool m_changed = false;
    bool m_void = false;
    qint64 m_unappliedMinor = 0;
    CreditApplicationModel* m_appliedModel;
    AllocationTableModel* m_allocationModel;
    QLabel* m_summaryLabel;
    DateEdit* m_dateEdit;
    QLineEdit* m_reasonLineEdit;
    QTableView* m_appliedTableView;
    QTableView* m_allocationTableView;
    QPushButton* m_unapplyButton;
    QPushButton* m_applyButton;
};

} // namespace ardesk
