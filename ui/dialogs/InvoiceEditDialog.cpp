#include "dialogs/InvoiceEditDialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "domain/Money.h"
#include "session/LedgerSession.h"
#include "text/AmountText.h"
#include "text/NumberFormat.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

DateEdit* dateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new DateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

InvoiceEditDialog::InvoiceEditDialog(LedgerSession& session, const CorrectableInvoice& invoice,
                                     QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoice(invoice)
    , m_appliedLabel(new QLabel(this))
    , m_numberLineEdit(new QLineEdit(this))
    , m_issueDateEdit(dateEdit(u"issueDateEdit"_s, this))
    , m_dueDateEdit(dateEdit(u"dueDateEdit"_s, this))
    , m_amountLineEdit(new QLineEdit(this))
    , m_descriptionLineEdit(new QLineEdit(this))
    , m_reasonLineEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"invoiceEditDialog"_s);
    setWindowTitle(tr("Edit Invoice %1").arg(invoice.number));
    m_numberLineEdit->setObjectName(u"numberLineEdit"_s);
    m_amountLineEdit->setObjectName(u"amountLineEdit"_s);
    m_descriptionLineEdit->setObjectName(u"descriptionLineEdit"_s);
    m_reasonLineEdit->setObjectName(u"reasonLineEdit"_s);
    m_reasonLineEdit->setPlaceholderText(tr("Why it changes, for the history"));
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_problemLabel->setWordWrap(true);
    m_buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);

    m_appliedLabel->setObjectName(u"appliedLabel"_s);
    m_appliedLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Number:"), m_numberLineEdit);
    form->addRow(tr("&Issue date:"), m_issueDateEdit);
    form->addRow(tr("&Due date:"), m_dueDateEdit);
    form->addRow(tr("&Amount (%1):").arg(invoice.currency.code()), m_amountLineEdit);
    form->addRow(tr("D&escription:"), m_descriptionLineEdit);
    form->addRow(tr("&Reason:"), m_reasonLineEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_appliedLabel);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttonBox);

    connect(m_numberLineEdit, &QLineEdit::textChanged, this, &InvoiceEditDialog::validate);
    connect(m_amountLineEdit, &QLineEdit::textChanged, this, &InvoiceEditDialog::validate);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &InvoiceEditDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(invoice);
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

void InvoiceEditDialog::load(const CorrectableInvoice& invoice)
{
    m_invoice = invoice;
    m_appliedLabel->setText(
        invoice.voidDate.isValid()
            ? tr("This invoice is void since %1: %2")
                  .arg(QLocale().toString(invoice.voidDate, QLocale::ShortFormat),
                       invoice.voidReason)
            : tr("Applied to it so far: %1. The amount cannot be less.")
                  .arg(NumberFormat::money(invoice.allocatedMinor, invoice.currency, locale())));
    m_numberLineEdit->setText(invoice.number);
    m_issueDateEdit->setDate(invoice.issueDate);
    m_dueDateEdit->setDate(invoice.dueDate);
    m_amountLineEdit->setText(
        Money(invoice.amountMinor, invoice.currency).toLocalizedString(locale()));
    m_descriptionLineEdit->setText(invoice.description);
    // A void invoice is kept as it was: shown, never changed.
    const bool editable = !invoice.voidDate.isValid();
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_numberLineEdit, m_issueDateEdit, m_dueDateEdit,
                                         m_amountLineEdit, m_descriptionLineEdit, m_reasonLineEdit})
        field->setEnabled(editable);
    validate();
}

void InvoiceEditDialog::validate()
{
    QString problem;
    if (m_invoice.voidDate.isValid()) {
        problem = tr("A void invoice cannot be changed.");
    } else if (m_numberLineEdit->text().trimmed().isEmpty()) {
        problem = tr("Enter the invoice number.");
    } else {
        problem = AmountText::problem(m_amountLineEdit->text(), m_invoice.currency);
        const auto amount = AmountText::parsePositive(m_amountLineEdit->text(), m_invoice.currency);
        if (problem.isEmpty() && *amount < m_invoice.allocatedMinor)
            problem = tr("%1 is applied to this invoice: un-apply it first to lower the amount.")
                          .arg(NumberFormat::money(m_invoice.allocatedMinor, m_invoice.currency,
                                                   locale()));
    }
    m_problemLabel->setText(problem);
    m_buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void InvoiceEditDialog::accept()
{
    validate();
    if (!m_buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return;
    const auto changed = m_session.invoiceCorrections().edit(
        {.number = m_invoice.number,
         .newNumber = m_numberLineEdit->text().trimmed(),
         .issueDate = m_issueDateEdit->date(),
         .dueDate = m_dueDateEdit->date(),
         .amountMinor = AmountText::parsePositive(m_amountLineEdit->text(), m_invoice.currency),
         .description = m_descriptionLineEdit->text(),
         .reason = m_reasonLineEdit->text().trimmed(),
         .asRead = m_invoice});
    if (!changed && changed.error().code == ErrorCode::ChangedMeanwhile) {
        changedMeanwhile();
        return;
    }
    if (!changed) {
        MessageBoxes::warning(this, tr("Cannot Save Invoice"),
                              tr("Invoice %1 could not be changed.").arg(m_invoice.number),
                              changed.error().detail);
        return;
    }
    QDialog::accept();
}

void InvoiceEditDialog::changedMeanwhile()
{
    const auto theirs = m_session.invoiceCorrections().invoice(m_invoice.id);
    if (!theirs) {
        MessageBoxes::warning(this, tr("Cannot Save Invoice"),
                              tr("Invoice %1 could not be changed.").arg(m_invoice.number),
                              theirs.error().detail);
        return;
    }
    const auto answer = MessageBoxes::question(
        this, tr("Invoice Changed Meanwhile"),
        tr("Someone else changed invoice %1 while you were editing it. Save your version over "
           "theirs? No shows theirs in the form instead.")
            .arg(theirs->number),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        m_invoice = *theirs;
        accept();
    } else {
        load(*theirs);
    }
}

} // namespace ardesk
