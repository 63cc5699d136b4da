#include "dialogs/CustomerDialog.h"

#include <QLocale>
#include <QPushButton>

#include "ui_CustomerDialog.h"

#include "domain/BankAccountNumber.h"
#include "domain/CustomerRules.h"
#include "domain/Money.h"
#include "ledger/CustomerService.h"
#include "text/ErrorMessages.h"
#include "text/PercentText.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CustomerDialog::CustomerDialog(CustomerService& service, CurrencyCode currency, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerDialog>())
    , m_service(service)
    , m_customer{.currency = currency}
{
    setUp();
    setWindowTitle(tr("New Customer"));
    load(m_customer);
}

CustomerDialog::CustomerDialog(CustomerService& service, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerDialog>())
    , m_service(service)
    , m_customer(customer)
{
    setUp();
    setWindowTitle(tr("Edit Customer %1").arg(customer.code));
    load(customer);
    // Its invoices and payments are in its currency: changing it would change their meaning.
    const auto documents = service.hasDocuments(customer.id);
    if (!documents || *documents) {
        m_ui->currencyComboBox->setEnabled(false);
        m_ui->currencyComboBox->setToolTip(
            tr("The currency cannot change: the customer has documents in it."));
    }
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::setUp()
{
    m_ui->setupUi(this);
    setObjectName(u"customerDialog"_s);
    for (const CurrencyCode& currency : CurrencyCode::all())
        m_ui->currencyComboBox->addItem(currency.code());
    // In the order of CustomerRules::supportedLanguages(), each in its own language.
    const QStringList names{u"English"_s, u"Deutsch"_s, u"Français"_s, u"Español"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        m_ui->languageComboBox->addItem(names.at(i), CustomerRules::supportedLanguages().at(i));
    m_ui->termsSpinBox->setMaximum(CustomerRules::maximumTermsDays);
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->discountDaysSpinBox->setMaximum(CustomerRules::maximumTermsDays);
    for (QLineEdit* edit :
         {m_ui->codeLineEdit, m_ui->nameLineEdit, m_ui->emailLineEdit, m_ui->bankAccountLineEdit,
          m_ui->creditLimitLineEdit, m_ui->discountPercentLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &CustomerDialog::validate);
    connect(m_ui->currencyComboBox, &QComboBox::currentIndexChanged, this,
            &CustomerDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CustomerDialog::load(const Customer& customer)
{
    const QLocale locale;
    m_ui->codeLineEdit->setText(customer.code);
    m_ui->nameLineEdit->setText(customer.name);
    m_ui->emailLineEdit->setText(customer.email);
    m_ui->phoneLineEdit->setText(customer.phone);
    m_ui->bankAccountLineEdit->setText(customer.bankAccount);
    m_ui->addressPlainTextEdit->setPlainText(customer.address);
    m_ui->termsSpinBox->setValue(customer.termsDays);
    m_ui->currencyComboBox->setCurrentText(customer.currency.code());
    m_ui->creditLimitLineEdit->setText(
        customer.creditLimitMinor
            ? Money(*customer.creditLimitMinor, customer.currency).toLocalizedString(locale)
            : QString());
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(customer.language)));
    m_ui->onHoldCheckBox->setChecked(customer.onHold);
    m_ui->discountPercentLineEdit->setText(
        customer.discountBasisPoints > 0 ? PercentText::format(customer.discountBasisPoints, locale)
                                         : QString());
    // A new customer without terms proposes the common ten days once a rate is entered.
    if (customer.discountBasisPoints > 0 || customer.id.isValid())
        m_ui->discountDaysSpinBox->setValue(customer.discountDays);
    validate();
}

std::optional<QString> CustomerDialog::readForm(Customer& customer) const
{
    customer.code = m_ui->codeLineEdit->text();
    customer.name = m_ui->nameLineEdit->text().trimmed();
    customer.email = m_ui->emailLineEdit->text().trimmed();
    customer.phone = m_ui->phoneLineEdit->text().trimmed();
    customer.bankAccount = BankAccountNumber::normalized(m_ui->bankAccountLineEdit->text());
    customer.address = m_ui->addressPlainTextEdit->toPlainText().trimmed();
    customer.termsDays = m_ui->termsSpinBox->value();
    // The combo box offers only codes from CurrencyCode::all().
    customer.currency = *CurrencyCode::fromCode(m_ui->currencyComboBox->currentText());
    customer.language = m_ui->languageComboBox->currentData().toString();
    customer.onHold = m_ui->onHoldCheckBox->isChecked();

    if (CustomerRules::codeProblem(customer.code)) {
        return customer.code.trimmed().isEmpty()
                   ? tr("Enter a code for the customer.")
                   : tr("The code must not start or end with blanks.");
    }
    const auto taken = m_service.isCodeTaken(customer.code, customer.id);
    if (taken && *taken)
        return tr("Another customer has the code “%1”.").arg(customer.code);
    if (CustomerRules::nameProblem(customer.name))
        return tr("Enter the customer's name.");
    if (CustomerRules::emailProblem(customer.email))
        return tr("“%1” is not an e-mail address (name@example.com).").arg(customer.email);
    // The core's reason is English (files and the command line); the dialog says it plainly.
    if (BankAccountNumber::problem(customer.bankAccount))
        return tr("“%1” is not a bank account: an IBAN with correct check digits, or an account "
                  "number of letters, digits, “-”, “/” and “.”.")
            .arg(m_ui->bankAccountLineEdit->text().trimmed());
    const QString limit = m_ui->creditLimitLineEdit->text().trimmed();
    customer.creditLimitMinor.reset();
    if (!limit.isEmpty()) {
        const auto amount = Money::parseLocalized(limit, customer.currency, QLocale());
        if (!amount || amount->isNegative())
            return tr("Enter the credit limit as an amount in %1, like %2, or leave it empty.")
                .arg(customer.currency.code(),
                     Money(100000 * customer.currency.minorPerMajor(), customer.currency)
                         .toLocalizedString(QLocale()));
        customer.creditLimitMinor = amount->minor();
    }
    const QString rate = m_ui->discountPercentLineEdit->text().trimmed();
    const auto basisPoints =
        rate.isEmpty() ? std::optional(0) : PercentText::parse(rate, QLocale());
    if (!basisPoints)
        return tr("Enter the early-payment discount as a percentage from 0 to 100 with at most "
                  "two decimals, like %1, or leave it empty.")
            .arg(PercentText::format(150, QLocale()));
    customer.discountBasisPoints = *basisPoints;
    customer.discountDays = *basisPoints > 0 ? m_ui->discountDaysSpinBox->value() : 0;
    return std::nullopt;
}

void CustomerDialog::validate()
{
    Customer customer = m_customer;
    const auto problem = readForm(customer);
    m_ui->discountDaysSpinBox->setEnabled(
        PercentText::parse(m_ui->discountPercentLineEdit->text(), QLocale()).value_or(0) > 0);
    m_ui->problemLabel->setText(problem.value_or(QString()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!problem);
}

void CustomerDialog::accept()
{
    Customer customer = m_customer;
    if (const auto problem = readForm(customer)) {
        m_ui->problemLabel->setText(*problem);
        return;
    }
    if (customer.id.isValid()) {
        if (auto updated = m_service.update(customer, m_customer); !updated) {
            if (updated.error().code == ErrorCode::ChangedMeanwhile) {
                changedMeanwhile();
                return;
            }
            MessageBoxes::critical(this, tr("Cannot Save Customer"),
                                   tr("The customer could not be saved."), updated.error().detail);
            return;
        }
    } else {
        auto created = m_service.create(customer);
        if (!created) {
            MessageBoxes::critical(this, tr("Cannot Add Customer"),
                                   tr("The customer could not be added."), created.error().detail);
            return;
        }
        customer.id = *created;
    }
    m_customer = customer;
    QDialog::accept();
}

void CustomerDialog::changedMeanwhile()
{
    const auto theirs = m_service.find(m_customer.id);
    if (!theirs) {
        MessageBoxes::critical(this, tr("Cannot Save Customer"),
                               tr("The customer could not be saved."), theirs.error().detail);
        return;
    }
    m_customer = *theirs;
    const auto answer = MessageBoxes::question(
        this, tr("Customer Changed Meanwhile"),
        tr("Someone else changed customer %1 while you were editing it. Save your version over "
           "theirs? No shows theirs in the form instead.")
            .arg(theirs->code),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        accept();
    else
        load(*theirs);
}

} // namespace ardesk
