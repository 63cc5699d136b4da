#pragma once

#include <memory>

#include <QDialog>

#include "domain/Credit.h"
#include "domain/Customer.h"
#include "domain/Ids.h"

namespace Ui {
class CreditDialog;
}

namespace ardesk {

class AllocationTableModel;
class LedgerSession;

// Records a payment or a credit note with its allocation: the customer's open items in a
// table holding the shares AllocationService proposes (oldest first), which the user may
// change row by row up to each item's open amount; the totals say what is allocated and what
// stays unapplied. Save records exactly the table's shares.
class CreditDialog : public QDialog {
    Q_OBJECT

public:
    CreditDialog(Credit::Kind kind, LedgerSession& session, QWidget* parent = nullptr);
    ~CreditDialog() override;

    AllocationTableModel* allocationModel() const { return m_model; }
    // Starts from an invoice picked in a list: its customer, its open amount, and the
    // allocation proposed with that invoice first (the rest by the rule).
    void startWithInvoice(const Customer& customer, InvoiceId invoice);
    // The credit saved, once the dialog was accepted.
    CreditId creditId() const { return m_creditId; }

    void accept() override;

private:
    void customerChanged();
    // The rule's shares for the current customer, amount and date, in place of the table's.
    void propose();
    void validate();
    std::optional<qint64> amountMinor() const;
    // What the Method field stores: an offered method's code, or the text typed.
    QString method() const;

    std::unique_ptr<Ui::CreditDialog> m_ui;
    Credit::Kind m_kind;
    LedgerSession& m_session;
    AllocationTableModel* m_model;
    CreditId m_creditId;
    InvoiceId m_invoice;    // paid first, when the dialog started from it
    QString m_refusedShare; // why the last share typed was not taken, until the next change
};

} // namespace ardesk
