#include "dialogs/AgencyHandoverDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "agency/AgencyService.h"
#include "text/ErrorMessages.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AgencyHandoverDialog::AgencyHandoverDialog(AgencyService& service, const Customer& customer,
                                           std::optional<AgencyHandover> current, QDate today,
                                           QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_customer(customer)
    , m_current(std::move(current))
    , m_dateEdit(new DateEdit(today, this))
    , m_agencyLineEdit(new QLineEdit(this))
    , m_notePlainTextEdit(new QPlainTextEdit(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"agencyHandoverDialog"_s);
    const QLocale locale;
    auto* introLabel = new QLabel(this);
    introLabel->setObjectName(u"agencyIntroLabel"_s);
    introLabel->setWordWrap(true);
    if (isRecall()) {
        setWindowTitle(tr("Take Back from Agency"));
        introLabel->setText(
            tr("%1 was handed over to %2 on %3. Taken back, the customer gets reminders again "
               "from the date below, and you collect its open items yourself.")
                .arg(customer.name, m_current->agency,
                     locale.toString(m_current->date, QLocale::ShortFormat)));
        m_dateEdit->setMinimumDate(m_current->date);
    } else {
        setWindowTitle(tr("Hand Over to Agency"));
        introLabel->setText(tr("From the date below the agency collects what %1 owes: no "
                               "reminders go out to the customer, and its open items show "
                               "the hand-over. The activity log records it.")
                                .arg(customer.name));
    }
    m_dateEdit->setObjectName(u"handoverDateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_agencyLineEdit->setObjectName(u"agencyLineEdit"_s);
    m_agencyLineEdit->setPlaceholderText(tr("For example: Northern Collections Ltd"));
    m_agencyLineEdit->setMaxLength(200);
    m_notePlainTextEdit->setObjectName(u"agencyNotePlainTextEdit"_s);
    m_notePlainTextEdit->setPlaceholderText(isRecall()
                                                ? tr("Why the customer is taken back (optional)")
                                                : tr("File number, what was agreed (optional)"));
    m_notePlainTextEdit->setTabChangesFocus(true);
    m_notePlainTextEdit->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(isRecall() ? tr("Taken &back on:") : tr("Handed &over on:"), m_dateEdit);
    if (!isRecall())
        form->addRow(tr("&Agency:"), m_agencyLineEdit);
    else
        m_agencyLineEdit->hide();
    form->addRow(tr("&Note:"), m_notePlainTextEdit);

    QPushButton* okButton = m_buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(u"agencyOkButton"_s);
    okButton->setText(isRecall() ? tr("&Take Back") : tr("&Hand Over"));
    connect(m_agencyLineEdit, &QLineEdit::textChanged, this, &AgencyHandoverDialog::updateButton);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &AgencyHandoverDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttonBox);
    updateButton();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

void AgencyHandoverDialog::updateButton()
{
    m_buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(isRecall() || !m_agencyLineEdit->text().trimmed().isEmpty());
}

void AgencyHandoverDialog::accept()
{
    const QString note = m_notePlainTextEdit->toPlainText();
    const auto saved = isRecall() ? m_service.recall(m_customer.id, m_dateEdit->date(), note)
                                  : m_service.handOver(m_customer.id, m_dateEdit->date(),
                                                       m_agencyLineEdit->text(), note);
    if (!saved) {
        // The form rules out what the service refuses, except another window's change
        // meanwhile: the details name it.
        MessageBoxes::critical(this, windowTitle(), ErrorMessages::changeLedger(saved.error()),
                               saved.error().detail);
        return;
    }
    QDialog::accept();
}

} // namespace ardesk
