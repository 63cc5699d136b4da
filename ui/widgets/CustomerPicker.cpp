#include "widgets/CustomerPicker.h"

#include <QCompleter>
#include <QStringListModel>

#include "ledger/CustomerService.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CustomerPicker::CustomerPicker(QWidget* parent)
    : QLineEdit(parent)
    , m_suggestionModel(new QStringListModel(this))
{
    setPlaceholderText(tr("Code or name"));
    setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_suggestionModel, this);
    // The database already chose the suggestions (the text anywhere in code or name): the
    // completer shows them all instead of filtering them again by prefix.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::suggest);
    connect(this, &QLineEdit::textChanged, this, &CustomerPicker::resolve);
    // A code typed in full names the customer too: on leaving the field it shows whom, so the
    // user sees the name before saving.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_customer && text() != displayText(*m_customer))
            setCustomer(*m_customer);
    });
}

void CustomerPicker::setService(CustomerService* service)
{
    m_service = service;
    resolve();
}

void CustomerPicker::setCustomer(const Customer& customer)
{
    m_suggestions = {customer};
    setText(displayText(customer));
}

QString CustomerPicker::displayText(const Customer& customer)
{
    //: A customer in a picker: its name, then its code.
    return tr("%1 (%2)").arg(customer.name, customer.code);
}

QList<Customer> CustomerPicker::find(const QString& search)
{
    if (!m_service || search.isEmpty())
        return {};
    CustomerQuery query;
    query.search = search;
    query.nameOrder = NameOrder::Folded;
    const auto page = m_service->page(query, 0, suggestionCount);
    QList<Customer> customers;
    if (page)
        for (const CustomerListRow& row : *page)
            customers.append(row.customer);
    return customers;
}

void CustomerPicker::suggest(const QString& text)
{
    m_suggestions = find(text.trimmed());
    QStringList texts;
    for (const Customer& customer : std::as_const(m_suggestions))
        texts.append(displayText(customer));
    m_suggestionModel->setStringList(texts);
}

void CustomerPicker::resolve()
{
    const QString text = this->text().trimmed();
    std::optional<Customer> found;
    for (const Customer& customer : std::as_const(m_suggestions)) {
        if (displayText(customer) == text || customer.code == text)
            found = customer;
    }
    // A code typed in full, or a suggestion from an earlier search: look it up exactly.
    if (!found && !text.isEmpty()) {
        QString code = text;
        if (text.endsWith(u')') && text.contains(u" ("_s))
            code = text.mid(text.lastIndexOf(u" ("_s) + 2).chopped(1);
        for (const Customer& customer : find(code)) {
            if (customer.code == code)
                found = customer;
        }
    }
    const bool changed =
        found.has_value() != m_customer.has_value() || (found && found->id != m_customer->id);
    m_customer = found;
    if (changed)
        Q_EMIT customerChanged();
}

} // namespace ardesk
