#include "dialogs/WriteOffDialog.h"

#include <QPushButton>

#include "domain/Clock.h"
#include "ledger/WriteOffService.h"
#include "session/LedgerSession.h"
#include "text/AmountText.h"
#include "text/NumberFormat.h"
#include "ui_WriteOffDialog.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

WriteOffDialog::WriteOffDialog(LedgerSession& session, const QString& number,
                               const QString& customerName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WriteOffDialog>())
    , m_session(session)
    , m_number(number)
{
    m_ui->setupUi(this);
    setObjectName(u"writeOffDialog"_s);
    setWindowTitle(tr("Write Off %1").arg(number));
    QPushButton* okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(u"writeOffButton"_s);
    okButton->setText(tr("&Write Off"));
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->dateEdit->setDate(Clock::today());
    m_ui->reasonLineEdit->setPlaceholderText(tr("Why the customer will not pay this"));

    const auto invoice = session.writeOffs().invoice(number);
    const auto open = session.writeOffs().openAmount(number);
    if (invoice && open) {
        m_currency = invoice->currency;
        m_openMinor = *open;
        m_ui->amountLineEdit->setText(Money(m_openMinor, *m_currency).toLocalizedString(locale()));
        m_ui->currencyLabel->setText(m_currency->code());
        m_ui->invoiceLabel->setText(
            tr("Invoice %1 of %2: %3 open.")
                .arg(number, customerName,
                     NumberFormat::money(m_openMinor, *m_currency, locale())));
    } else {
        const Error& error = invoice ? open.error() : invoice.error();
        m_ui->invoiceLabel->setText(tr("Invoice %1 could not be read.").arg(number));
        m_ui->invoiceLabel->setToolTip(error.detail);
    }

    connect(m_ui->amountLineEdit, &QLineEdit::textChanged, this, &WriteOffDialog::validate);
    connect(m_ui->reasonLineEdit, &QLineEdit::textChanged, this, &WriteOffDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WriteOffDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_ui->amountLineEdit->setFocus();
    m_ui->amountLineEdit->selectAll();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

WriteOffDialog::~WriteOffDialog() = default;

void WriteOffDialog::validate()
{
    QString problem;
    if (!m_currency || m_openMinor == 0) {
        problem = tr("Nothing is open on this invoice.");
    } else {
        problem = AmountText::problem(m_ui->amountLineEdit->text(), *m_currency);
        const auto minor = AmountText::parsePositive(m_ui->amountLineEdit->text(), *m_currency);
        if (problem.isEmpty() && *minor > m_openMinor)
            problem =
                tr("Only %1 is open.").arg(NumberFormat::money(m_openMinor, *m_currency, locale()));
        else if (problem.isEmpty() && m_ui->reasonLineEdit->text().trimmed().isEmpty())
            problem = tr("Enter the reason for the write-off.");
    }
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void WriteOffDialog::accept()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const auto written = m_session.writeOffs().writeOff(
        {.invoiceNumber = m_number,
         .date = m_ui->dateEdit->date(),
         .amountMinor = AmountText::parsePositive(m_ui->amountLineEdit->text(), *m_currency),
         .reason = m_ui->reasonLineEdit->text().trimmed()});
    if (!written) {
        MessageBoxes::warning(this, tr("Cannot Write Off"),
                              tr("Invoice %1 could not be written off.").arg(m_number),
                              written.error().detail);
        validate();
        return;
    }
    QDialog::accept();
}

} // namespace ardesk
