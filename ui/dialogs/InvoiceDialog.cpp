#include "dialogs/InvoiceDialog.h"

#include <QPushButton>

#include "domain/Clock.h"
#include "domain/InvoiceRules.h"
#include "ledger/InvoiceEntryService.h"
#include "session/LedgerSession.h"
#include "text/AmountText.h"
#include "text/PercentText.h"
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
    connect(m_ui->discountPercentLineEdit, &QLineEdit::textEdited, this, [this] {
        m_discountChosen = true;
        validate();
    });
    connect(m_ui->discountUntilDateEdit, &QDateEdit::userDateChanged, this, [this] {
        m_discountChosen = true;
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
    updateDiscount();
    validate();
}

void InvoiceDialog::issueDateChanged()
{
    updateDueDate();
    updateDiscount();
    validate();
}

void InvoiceDialog::updateDiscount()
{
    const auto& customer = m_ui->customerLineEdit->customer();
    if (m_discountChosen || !customer)
        return;
    const QSignalBlocker blocker(m_ui->discountUntilDateEdit);
    const bool offered = customer->discountBasisPoints > 0;
    m_ui->discountPercentLineEdit->setText(
        offered ? PercentText::format(customer->discountBasisPoints, QLocale()) : QString());
    m_ui->discountUntilDateEdit->setDate(
        m_ui->issueDateEdit->date().addDays(offered ? customer->discountDays : 0));
    m_ui->discountPercentLineEdit->setToolTip(
        offered ? tr("The customer's terms: %1 % within %2 days of the issue date")
                      .arg(PercentText::format(customer->discountBasisPoints, QLocale()))
                      .arg(customer->discountDays)
                : tr("The customer has no early-payment discount; enter one for this invoice "
                     "only if you like."));
}

std::optional<int> InvoiceDialog::discountRate() const
{
    const QString text = m_ui->discountPercentLineEdit->text().trimmed();
    return text.isEmpty() ? std::optional(0) : PercentText::parse(text, QLocale());
}

void InvoiceDialog::updateDueDate()
{
    const auto& customer = m_ui->customerLineEdit->customer();
    if (m_dueDateChosen || !customer)
        return;
    const QSignalBlocker blocker(m_ui->dueDateEdit);
    m_ui->dueDateEdit->setDate(
        InvoiceRules::defaultDueDate(m_ui->issueDateEdit->date(), customer->termsDays)
            .value_or(m_ui->dueDateEdit->maximumDate()));
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
    } else if (!discountRate()) {
        problem = tr("Enter the early-payment discount as a percentage from 0 to 100 with at "
                     "most two decimals, like %1, or leave it empty.")
                      .arg(PercentText::format(200, QLocale()));
    } else if (*discountRate() > 0 &&
               m_ui->discountUntilDateEdit->date() < m_ui->issueDateEdit->date()) {
        problem = tr("The discount must be offered until the issue date or later.");
    } else {
        problem = AmountText::problem(m_ui->amountLineEdit->text(), customer->currency);
    }
    m_ui->discountUntilDateEdit->setEnabled(discountRate().value_or(0) > 0);
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
    const auto saved = m_session.invoiceEntry().create(NewInvoice{
        .customer = customer.id,
        .number = m_ui->numberLineEdit->text().trimmed(),
        .issueDate = m_ui->issueDateEdit->date(),
        .dueDate = m_ui->dueDateEdit->date(),
        .amount = Money(*minor, customer.currency),
        .description = m_ui->descriptionLineEdit->text().trimmed(),
        .charge = false,
        .discountBasisPoints = m_discountChosen ? discountRate() : std::nullopt,
        .discountUntil = m_discountChosen ? m_ui->discountUntilDateEdit->date() : QDate()});
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
