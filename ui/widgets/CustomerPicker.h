#pragma once

#include <optional>

#include <QLineEdit>
#include <QList>

#include "domain/Customer.h"

class QStringListModel;

namespace ardesk {

class CustomerService;

// A line edit that picks a customer: typing offers the customers whose code or name contains
// the text (searched by the database, so 100,000 customers cost nothing), and the text names
// a customer when it is a code or a suggestion ("Zephyr Bakery (C0001)").
class CustomerPicker : public QLineEdit {
    Q_OBJECT

public:
    static constexpr int suggestionCount = 20;

    explicit CustomerPicker(QWidget* parent = nullptr);

    // Not owned; must outlive its use here. nullptr finds nobody.
    void setService(CustomerService* service);
    // The customer the text names, if any.
    const std::optional<Customer>& customer() const { return m_customer; }
    // Shows this customer as if picked.
    void setCustomer(const Customer& customer);

    static QString displayText(const Customer& customer);

Q_SIGNALS:
    void customerChanged();

private:
    void suggest(const QString& text);
    void resolve();
    QList<Customer> find(const QString& search);

    CustomerService* m_service = nullptr;
    QStringListModel* m_suggestionModel;
    QList<Customer> m_suggestions;
    std::optional<Customer> m_customer;
};

} // namespace ardesk
