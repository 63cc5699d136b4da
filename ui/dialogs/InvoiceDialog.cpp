#include "dialogs/InvoiceDialog.h"

#include <QPushButton>

#include "domain/Clock.h"
#include "domain/InvoiceRules.h"
#include "ledger/InvoiceEntryService.h"
#include "session/LedgerSession.h"
#include "text/AmountText.h"
#include "ui_InvoiceDialog.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

InvoiceDialog::InvoiceDialog(LedgerSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InvoiceDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(u"invoiceDialog"_s);
    m_ui->customerLineEdit->setService(&session.customers());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);

    const QDate today = Clock::today();
    m_ui->issueDateEdit->setDate(today);
    m_ui->dueDateEdit->setDate(today);
    if (const auto number = session.invoiceEntry().suggestedNumber())
        m_ui->numberLineEdit->setText(*number);

    connect(m_ui->customerLineEdit, &CustomerPicker::customerChanged, this,
            &InvoiceDialog::customerChanged);
    connect(m_ui->issueDateEdit, &QDateEdit::dateChanged, this, &InvoiceDialog::issueDateChanged);
    connect(m_ui->dueDateEdit, &QDateEdit::userDateChanged, this, [this] {
        m_dueDateChosen = true;
        validate();
    });
    connect(m_ui->numberLineEdit, &QLineEdit::textChanged, this, &InvoiceDialog::validate);
    connect(m_ui->amountLineEdit, &QLineEdit::textChanged, this, &InvoiceDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InvoiceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    customerChanged();
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

InvoiceDialog::~InvoiceDialog() = default;

void InvoiceDialog::customerChanged()
{
    const auto& customer = m_ui->customerLineEdit->customer();
    m_ui->currencyLabel->setText(customer ? customer->currency.code() : QString());
    updateDueDate();
    validate();
}

void InvoiceDialog::issueDateChanged()
{
    updateDueDate();
    validate();
}

void InvoiceDialog::updateDueDate()
{
    const auto& customer = m_ui->customerLineEdit->customer();
    if (m_dueDateChosen || !customer)
        return;
    const QSignalBlocker blocker(m_ui->dueDateEdit);
    m_ui->dueDateEdit->setDate(
        InvoiceRules::defaultDueDate(m_ui->issueDateEdit->date(), customer->termsDays));
    m_ui->dueDateEdit->setToolTip(
        tr("The issue date plus the customer's terms (%1 days)").arg(customer->termsDays));
}

void InvoiceDialog::validate()
{
    const auto& customer = m_ui->customerLineEdit->customer();
    const QString number = m_ui->numberLineEdit->text().trimmed();
    QString problem;
    if (!customer) {
        problem = m_ui->customerLineEdit->text().trimmed().isEmpty()
                      ? tr("Choose the customer.")
                      : tr("No customer has this code or name. Pick one from the suggestions.");
    } else if (number.isEmpty()) {
        problem = tr("Enter the invoice number.");
    } else if (InvoiceRules::isReservedNumber(number)) {
        problem = tr("Numbers starting with PLAN- are reserved for installment plans.");
    } else if (const auto taken = m_session.invoiceEntry().numberTaken(number); taken && *taken) {
        problem = tr("Invoice %1 already exists.").arg(number);
    } else {
        problem = AmountText::problem(m_ui->amountLineEdit->text(), customer->currency);
    }
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void InvoiceDialog::accept()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return;
    const Customer customer = *m_ui->customerLineEdit->customer();
    const auto minor = AmountText::parsePositive(m_ui->amountLineEdit->text(), customer.currency);
    const auto saved = m_session.invoiceEntry().create(
        NewInvoice{.customer = customer.id,
                   .number = m_ui->numberLineEdit->text().trimmed(),
                   .issueDate = m_ui->issueDateEdit->date(),
                   .dueDate = m_ui->dueDateEdit->date(),
                   .amount = Money(*minor, customer.currency),
                   .description = m_ui->descriptionLineEdit->text().trimmed()});
    if (!saved) {
        MessageBoxes::warning(this, tr("Cannot Save Invoice"),
                              tr("The invoice could not be saved."), saved.error().detail);
        validate();
        return;
    }
    m_invoiceId = *saved;
    QDialog::accept();
}

} // namespace ardesk
