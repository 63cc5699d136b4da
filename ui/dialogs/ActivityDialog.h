#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QDialog>
#include <QList>

#include "domain/Activity.h"
#include "domain/Customer.h"
#include "domain/CustomerAccount.h"

namespace Ui {
class ActivityDialog;
}

namespace ardesk {

class ActivityService;

// Records one entry of a customer's activity log: a call, an e-mail or a note (date, text,
// optionally the invoice it is about), a promise to pay (amount in the customer's currency,
// pay-by date, optional invoice) or a dispute (the invoice, required, and why). OK stays
// disabled while the form is incomplete; the first problem shows under it.
class ActivityDialog : public QDialog {
    Q_OBJECT

public:
    // `invoices` are the ones the user can pick (the customer's open invoices).
    ActivityDialog(ActivityService& service, const Customer& customer, ActivityKind kind,
                   const QList<AccountOpenItem>& invoices, QDate today, QWidget* parent = nullptr);
    ~ActivityDialog() override;

    // The activity recorded, once the dialog was accepted.
    ActivityId activityId() const { return m_recorded; }

    void accept() override;

private:
    std::optional<QString> problem() const;
    std::optional<Money> amount() const;
    InvoiceId invoice() const;
    void validate();

    std::unique_ptr<Ui::ActivityDialog> m_ui;
    ActivityService& m_service;
    Customer m_customer;
    ActivityKind m_kind;
    ActivityId m_recorded;
};

} // namespace ardesk
