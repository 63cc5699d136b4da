#include "dialogs/ActivityDialog.h"

#include <QLocale>
#include <QPushButton>

#include "ui_ActivityDialog.h"

#include "domain/Money.h"
#include "ledger/ActivityService.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString titleFor(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return ActivityDialog::tr("Log Call");
    case ActivityKind::Email:
        return ActivityDialog::tr("Log E-mail");
    case ActivityKind::Note:
        return ActivityDialog::tr("Add Note");
    case ActivityKind::Promise:
        return ActivityDialog::tr("Promise to Pay");
    case ActivityKind::Dispute:
        return ActivityDialog::tr("Dispute Invoice");
    }
    return QString();
}

} // namespace

ActivityDialog::ActivityDialog(ActivityService& service, const Customer& customer,
                               ActivityKind kind, const QList<AccountOpenItem>& invoices,
                               QDate today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityDialog>())
    , m_service(service)
    , m_customer(customer)
    , m_kind(kind)
{
    m_ui->setupUi(this);
    setObjectName(u"activityDialog"_s);
    setWindowTitle(tr("%1 — %2").arg(titleFor(kind), customer.name));
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);

    const QLocale locale;
    m_ui->dateEdit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    m_ui->payByDateEdit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    m_ui->dateEdit->setDate(today);
    m_ui->payByDateEdit->setDate(today.addDays(7));

    const bool promise = kind == ActivityKind::Promise;
    const bool dispute = kind == ActivityKind::Dispute;
    m_ui->formLayout->setRowVisible(m_ui->amountLineEdit, promise);
    m_ui->formLayout->setRowVisible(m_ui->payByDateEdit, promise);
    m_ui->amountLabel->setText(tr("&Amount (%1):").arg(customer.currency.code()));
    m_ui->amountLineEdit->setPlaceholderText(
        Money(100 * customer.currency.minorPerMajor(), customer.currency)
            .toLocalizedString(locale));
    if (dispute)
        m_ui->textLabel->setText(tr("&Reason:"));

    // A dispute is always about an invoice; anything else may be about one.
    if (!dispute)
        m_ui->invoiceComboBox->addItem(tr("None"), QVariant(qint64(0)));
    // Installments are the plan's business, and an invoice has one open dispute at most.
    for (const AccountOpenItem& item : invoices) {
        if (item.installment || (dispute && item.disputed))
            continue;
        m_ui->invoiceComboBox->addItem(
            tr("%1 — due %2, open %3")
                .arg(item.document, locale.toString(item.dueDate, QLocale::ShortFormat),
                     Money(item.openMinor, item.currency).toLocalizedString(locale)),
            QVariant(item.id.value));
    }

    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &ActivityDialog::validate);
    connect(m_ui->payByDateEdit, &QDateEdit::dateChanged, this, &ActivityDialog::validate);
    connect(m_ui->amountLineEdit, &QLineEdit::textChanged, this, &ActivityDialog::validate);
    connect(m_ui->invoiceComboBox, &QComboBox::currentIndexChanged, this,
            &ActivityDialog::validate);
    connect(m_ui->textPlainTextEdit, &QPlainTextEdit::textChanged, this, &ActivityDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (promise   ? static_cast<QWidget*>(m_ui->amountLineEdit)
     : dispute ? static_cast<QWidget*>(m_ui->invoiceComboBox)
               : static_cast<QWidget*>(m_ui->textPlainTextEdit))
        ->setFocus();
    validate();
    resize(width(), sizeHint().height());
}

ActivityDialog::~ActivityDialog() = default;

std::optional<Money> ActivityDialog::amount() const
{
    const auto parsed = Money::parseLocalized(m_ui->amountLineEdit->text().trimmed(),
                                              m_customer.currency, QLocale());
    if (!parsed || parsed->minor() <= 0)
        return std::nullopt;
    return *parsed;
}

InvoiceId ActivityDialog::invoice() const
{
    return InvoiceId{m_ui->invoiceComboBox->currentData().toLongLong()};
}

std::optional<QString> ActivityDialog::problem() const
{
    if (m_kind == ActivityKind::Promise) {
        if (!amount())
            return tr("Enter the promised amount in %1, like %2.")
                .arg(m_customer.currency.code(), m_ui->amountLineEdit->placeholderText());
        if (m_ui->payByDateEdit->date() < m_ui->dateEdit->date())
            return tr("The pay-by date cannot be before the date of the promise.");
    }
    if (m_kind == ActivityKind::Dispute) {
        if (!invoice().isValid())
            return tr("The customer has no open invoice that is not disputed already.");
    }
    if (m_kind == ActivityKind::Note && m_ui->textPlainTextEdit->toPlainText().trimmed().isEmpty())
        return tr("Write the note.");
    return std::nullopt;
}

void ActivityDialog::validate()
{
    const auto found = problem();
    m_ui->problemLabel->setText(found.value_or(QString()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!found);
}

void ActivityDialog::accept()
{
    if (const auto found = problem()) {
        m_ui->problemLabel->setText(*found);
        return;
    }
    const QDate date = m_ui->dateEdit->date();
    const QString text = m_ui->textPlainTextEdit->toPlainText();
    Result<ActivityId> recorded = ActivityId{};
    switch (m_kind) {
    case ActivityKind::Call:
    case ActivityKind::Email:
    case ActivityKind::Note:
        recorded = m_service.log(m_customer.id, m_kind, date, text, invoice());
        break;
    case ActivityKind::Promise:
        recorded = m_service.recordPromise({.customer = m_customer.id,
                                            .date = date,
                                            .amount = *amount(),
                                            .payBy = m_ui->payByDateEdit->date(),
                                            .invoice = invoice(),
                                            .text = text});
        break;
    case ActivityKind::Dispute:
        recorded = m_service.openDispute(m_customer.id, invoice(), date, text);
        break;
    }
    if (!recorded) {
        MessageBoxes::critical(this, tr("Cannot Record Activity"),
                               tr("The activity could not be recorded."), recorded.error().detail);
        return;
    }
    m_recorded = *recorded;
    QDialog::accept();
}

} // namespace ardesk
