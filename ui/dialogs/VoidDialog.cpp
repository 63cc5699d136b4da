#include "dialogs/VoidDialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "domain/Clock.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

VoidDialog::VoidDialog(const QString& document, QDate earliest, Perform perform, QWidget* parent)
    : QDialog(parent)
    , m_perform(std::move(perform))
    , m_document(document)
    , m_dateEdit(new DateEdit(this))
    , m_reasonLineEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"voidDialog"_s);
    setWindowTitle(tr("Void %1").arg(document));
    auto* explanation = new QLabel(
        tr("%1 is kept and marked void. Reports as of the void date and later leave it out; "
           "reports of earlier dates show it as before.")
            .arg(document),
        this);
    explanation->setWordWrap(true);
    m_dateEdit->setObjectName(u"voidDateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_dateEdit->setMinimumDate(earliest.isValid() ? earliest : QDate(1, 1, 1));
    m_dateEdit->setDate(std::max(Clock::today(), m_dateEdit->minimumDate()));
    m_reasonLineEdit->setObjectName(u"voidReasonLineEdit"_s);
    m_reasonLineEdit->setPlaceholderText(tr("Why it is void, for the history"));
    m_problemLabel->setObjectName(u"voidProblemLabel"_s);
    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);
    QPushButton* okButton = m_buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(u"voidButton"_s);
    okButton->setText(tr("&Void"));

    auto* form = new QFormLayout;
    form->addRow(tr("Void &as of:"), m_dateEdit);
    form->addRow(tr("&Reason:"), m_reasonLineEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttonBox);

    connect(m_reasonLineEdit, &QLineEdit::textChanged, this, &VoidDialog::validate);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &VoidDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_reasonLineEdit->setFocus();
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

void VoidDialog::validate()
{
    const QString problem = m_reasonLineEdit->text().trimmed().isEmpty()
                                ? tr("Enter the reason for the void.")
                                : QString();
    m_problemLabel->setText(problem);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void VoidDialog::accept()
{
    validate();
    if (!m_buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const auto done = m_perform(m_dateEdit->date(), m_reasonLineEdit->text().trimmed());
    if (!done) {
        MessageBoxes::warning(this, tr("Cannot Void"),
                              tr("%1 could not be voided.").arg(m_document), done.error().detail);
        return;
    }
    QDialog::accept();
}

} // namespace ardesk
