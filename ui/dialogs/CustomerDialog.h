#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "domain/Customer.h"

namespace Ui {
class CustomerDialog;
}

namespace ardesk {

class CustomerService;

// Adds a customer, or edits one. Every field is checked as it is typed (the same rules the
// core applies on saving, CustomerRules); the first problem shows under the form and OK stays
// disabled until there is none. The currency is fixed once the customer has documents.
class CustomerDialog : public QDialog {
    Q_OBJECT

public:
    // A new customer, in `currency` unless the user picks another.
    CustomerDialog(CustomerService& service, CurrencyCode currency, QWidget* parent = nullptr);
    // Edits `customer`.
    CustomerDialog(CustomerService& service, const Customer& customer, QWidget* parent = nullptr);
    ~CustomerDialog() override;

    // The customer saved, once the dialog was accepted.
    CustomerId customerId() const { return m_customer.id; }

    void accept() override;

private:
    void setUp();
    void load(const Customer& customer);
    // The customer as the form shows it, or the translated reason why it is not one.
    std::optional<QString> readForm(Customer& customer) const;
    void validate();
    // Someone else saved the customer after the dialog read it: the user saves over theirs
    // knowingly, or sees theirs in the form.
    void changedMeanwhile();

    std::unique_ptr<Ui::CustomerDialog> m_ui;
    CustomerService& m_service;
    Customer m_customer; // as read from the ledger; the id is set when editing
};

} // namespace ardesk
