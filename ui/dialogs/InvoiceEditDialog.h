#pragma once

#include <QDialog>

#include "ledger/InvoiceCorrectionService.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ardesk {

class DateEdit;

class LedgerSession;

// Corrects a saved invoice: its number, dates, amount and description, under the rules of a
// new invoice (InvoiceCorrectionService); a refusal is shown with the reason and the dialog
// stays. Opened by a double-click or Enter on an invoice row, and by Edit > Edit Document.
// Saved only over the invoice as it was read: when someone else changed it meanwhile, the user
// chooses between saving over theirs and seeing theirs in the form.
class InvoiceEditDialog : public QDialog {
    Q_OBJECT
public:
    InvoiceEditDialog(LedgerSession& session, const CorrectableInvoice& invoice,
                      QWidget* parent = nullptr);

    void accept() override;

private:
    void load(const CorrectableInvoice& invoice);
    void validate();
    void changedMeanwhile();

    LedgerSession& m_session;
    CorrectableInvoice m_invoice; // as read, and as the edit is saved over
    QLabel* m_appliedLabel;
    QLineEdit* m_numberLineEdit;
    DateEdit* m_issueDateEdit;
    DateEdit* m_dueDateEdit;
    QLineEdit* m_amountLineEdit;
    QLineEdit* m_descriptionLineEdit;
    QLineEdit* m_reasonLineEdit;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttonBox;
};

} // namespace ardesk
