#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "domain/Ids.h"

namespace Ui {
class InvoiceDialog;
}

namespace ardesk {

class LedgerSession;

// Enters one invoice (InvoiceEntryService): customer, number, issue and due date, amount in
// the user's locale, description. The due date follows the issue date by the customer's terms
// until the user sets it; problems are shown as they arise and Save stays disabled until there
// are none.
class InvoiceDialog : public QDialog {
    Q_OBJECT

public:
    explicit InvoiceDialog(LedgerSession& session, QWidget* parent = nullptr);
    ~InvoiceDialog() override;

    // The invoice saved, once the dialog was accepted.
    InvoiceId invoiceId() const { return m_invoiceId; }

    void accept() override;

private:
    void customerChanged();
    void issueDateChanged();
    void validate();
    void updateDueDate();
    // The customer's early-payment terms, until the user sets the invoice's own.
    void updateDiscount();
    // The invoice's own discount rate in basis points (0: none); nothing when the text is no
    // percentage.
    std::optional<int> discountRate() const;

    std::unique_ptr<Ui::InvoiceDialog> m_ui;
    LedgerSession& m_session;
    InvoiceId m_invoiceId;
    // Until the user picks a due date, it follows the issue date and the customer's terms.
    bool m_dueDateChosen = false;
    // Likewise the early-payment discount follows the customer's terms until the user sets it.
    bool m_discountChosen = false;
};

} // namespace ardesk
