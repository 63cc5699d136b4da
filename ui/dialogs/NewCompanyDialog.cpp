#include "dialogs/NewCompanyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "domain/CurrencyCode.h"
#include "ledger/LedgerCreator.h"
#include "ledger/LedgerLocation.h"
#include "text/ErrorMessages.h"
#include "widgets/FileDialogs.h"
#include "widgets/FormRow.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The user's own currency when the table knows it (a German locale gives EUR, a Swiss one
// CHF), else EUR: what most of ARDesk's users invoice in.
QString defaultCurrency()
{
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return CurrencyCode::fromCode(local) ? local : u"EUR"_s;
}

} // namespace

NewCompanyDialog::NewCompanyDialog(QWidget* parent)
    : QDialog(parent)
    , m_nameLineEdit(new QLineEdit(this))
    , m_currencyComboBox(new QComboBox(this))
    , m_locationLineEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newCompanyDialog"_s);
    setWindowTitle(tr("New Company"));

    m_nameLineEdit->setObjectName(u"companyNameLineEdit"_s);
    m_nameLineEdit->setPlaceholderText(tr("As it appears on your invoices"));
    connect(m_nameLineEdit, &QLineEdit::textChanged, this, &NewCompanyDialog::companyNameChanged);

    m_currencyComboBox->setObjectName(u"currencyComboBox"_s);
    for (const CurrencyCode& currency : CurrencyCode::all())
        m_currencyComboBox->addItem(currency.code());
    m_currencyComboBox->setCurrentText(defaultCurrency());
    m_currencyComboBox->setToolTip(tr("The currency the ledger keeps its totals in"));

    m_locationLineEdit->setObjectName(u"locationLineEdit"_s);
    connect(m_locationLineEdit, &QLineEdit::textEdited, this, [this] {
        m_locationChosen = true;
        validate();
    });
    auto* browsePushButton = new QPushButton(tr("Browse…"), this);
    browsePushButton->setObjectName(u"browsePushButton"_s);
    browsePushButton->setAutoDefault(false);
    connect(browsePushButton, &QPushButton::clicked, this, &NewCompanyDialog::browse);
    auto* locationLayout = new QHBoxLayout;
    locationLayout->addWidget(m_locationLineEdit, 1);
    locationLayout->addWidget(browsePushButton);

    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);

    m_buttonBox->setObjectName(u"newCompanyButtonBox"_s);
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &NewCompanyDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_nameLineEdit);
    form->addRow(tr("&Currency:"), m_currencyComboBox);
    addFormRow(*form, tr("&File:"), m_locationLineEdit, locationLayout);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttonBox);

    companyNameChanged(QString());
    resize(560, sizeHint().height());
}

QString NewCompanyDialog::ledgerPath() const
{
    const QString path = m_locationLineEdit->text().trimmed();
    return path.isEmpty() ? QString()
                          : QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
}

QString NewCompanyDialog::companyName() const
{
    return m_nameLineEdit->text().simplified();
}

QString NewCompanyDialog::currencyCode() const
{
    return m_currencyComboBox->currentText();
}

void NewCompanyDialog::companyNameChanged(const QString& name)
{
    if (!m_locationChosen) {
        m_locationLineEdit->setText(
            QDir::toNativeSeparators(LedgerLocation::pathForCompany(name.simplified())));
    }
    validate();
}

void NewCompanyDialog::browse()
{
    const QString path = FileDialogs::saveLedger(this, tr("New Company Ledger"), ledgerPath());
    if (path.isEmpty())
        return;
    m_locationChosen = true;
    m_locationLineEdit->setText(QDir::toNativeSeparators(path));
    validate();
}

void NewCompanyDialog::validate()
{
    QString problem;
    if (companyName().isEmpty())
        problem = tr("Enter the company's name.");
    else if (ledgerPath().isEmpty())
        problem = tr("Choose where to save the ledger.");
    else if (QFileInfo::exists(ledgerPath()))
        problem = tr("“%1” already exists. Choose another name or location: ARDesk never "
                     "overwrites a ledger.")
                      .arg(QDir::toNativeSeparators(ledgerPath()));
    m_problemLabel->setText(problem);
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void NewCompanyDialog::accept()
{
    validate();
    if (!m_buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    // The combo box offers only codes from CurrencyCode::all().
    const CurrencyCode currency = *CurrencyCode::fromCode(currencyCode());
    auto created = LedgerCreator::create(ledgerPath(), companyName(), currency);
    if (!created) {
        MessageBoxes::critical(this, tr("Cannot Create Company"),
                               ErrorMessages::writeLedger(created.error(), ledgerPath()),
                               created.error().detail);
        validate();
        return;
    }
    QDialog::accept();
}

} // namespace ardesk
