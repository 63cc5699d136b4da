#include "dialogs/SettingsDialog.h"

#include <QPushButton>
#include <QSettings>
#include <QStringList>

#include "domain/AgingBuckets.h"
#include "domain/CurrencyCode.h"
#include "domain/PaymentDetails.h"
#include "ledger/LedgerInfoService.h"
#include "mail/SecretStore.h"
#include "mail/SmtpSettings.h"
#include "session/LedgerSession.h"
#include "session/UiLanguage.h"
#include "text/ErrorMessages.h"
#include "ui_SettingsDialog.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

SettingsDialog::SettingsDialog(LedgerSession* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);
    for (QLabel* note :
         {m_ui->currencyNoteLabel, m_ui->agingBucketsNoteLabel, m_ui->languageNoteLabel,
          m_ui->smtpPasswordNoteLabel, m_ui->smtpFromNoteLabel, m_ui->ibanNoteLabel,
          m_ui->bicNoteLabel, m_ui->paymentLinkNoteLabel})
        note->setForegroundRole(QPalette::PlaceholderText);

    for (const CurrencyCode& currency : CurrencyCode::all())
        m_ui->currencyComboBox->addItem(currency.code());
    for (const UiLanguage::Choice& choice : UiLanguage::choices())
        m_ui->languageComboBox->addItem(choice.name, choice.code);
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(UiLanguage::stored())));

    connect(m_ui->companyNameLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->agingBucketsLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    for (QLineEdit* edit : {m_ui->ibanLineEdit, m_ui->bicLineEdit, m_ui->paymentLinkLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load();
    loadSmtp();
    validate();
    resize(width(), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const bool open = m_session != nullptr;
    m_ui->companyGroupBox->setEnabled(open);
    m_ui->ledgerGroupBox->setEnabled(open);
    m_ui->paymentGroupBox->setEnabled(open);
    if (!open) {
        m_ui->currencyNoteLabel->setText(tr("Open a ledger to change its settings."));
        return;
    }
    auto settings = m_session->ledgerInfo().settings();
    auto locked = m_session->ledgerInfo().currencyLocked();
    if (!settings || !locked) {
        const Error& error = settings ? locked.error() : settings.error();
        MessageBoxes::critical(this, tr("Cannot Read Settings"), ErrorMessages::readLedger(error),
                               error.detail);
        m_ui->companyGroupBox->setEnabled(false);
        m_ui->ledgerGroupBox->setEnabled(false);
        m_ui->paymentGroupBox->setEnabled(false);
        m_session = nullptr; // nothing read, so nothing to save
        return;
    }
    m_settingsAsRead = *settings;
    const CompanyDetails& company = settings->company;
    m_ui->companyNameLineEdit->setText(company.name);
    m_ui->addressPlainTextEdit->setPlainText(company.address);
    m_ui->emailLineEdit->setText(company.email);
    m_ui->phoneLineEdit->setText(company.phone);
    m_ui->taxIdLineEdit->setText(company.taxId);
    m_ui->registrationLineEdit->setText(company.registration);
    const PaymentDetails& payment = company.payment;
    m_ui->accountHolderLineEdit->setText(payment.accountHolder);
    m_ui->ibanLineEdit->setText(PaymentDetails::grouped(payment.iban));
    m_ui->bicLineEdit->setText(payment.bic);
    m_ui->accountNumberLineEdit->setText(payment.accountNumber);
    m_ui->routingLineEdit->setText(payment.routing);
    m_ui->paymentLinkLineEdit->setText(payment.paymentLinkPattern);
    m_ui->currencyComboBox->setCurrentText(settings->currency.code());
    m_ui->agingBucketsLineEdit->setText(settings->agingBuckets.text());

    // The core refuses the change too; the dialog only says so before anyone tries.
    m_ui->currencyComboBox->setEnabled(!*locked);
    m_ui->currencyNoteLabel->setText(
        *locked ? tr("Fixed: the ledger has invoices, payments or credit notes in %1.")
                      .arg(settings->currency.code())
                : tr("The currency the ledger keeps its totals in. It can change until the "
                     "first invoice, payment or credit note."));
}

void SettingsDialog::loadSmtp()
{
    m_ui->smtpSecurityComboBox->addItem(tr("STARTTLS (port 587)"), int(SmtpSecurity::StartTls));
    m_ui->smtpSecurityComboBox->addItem(tr("TLS (port 465)"), int(SmtpSecurity::ImplicitTls));
    m_ui->smtpSecurityComboBox->addItem(tr("None (local relay only)"), int(SmtpSecurity::None));
    const SmtpSettings smtp = SmtpSettings::load(QSettings());
    m_ui->smtpHostLineEdit->setText(smtp.host);
    m_ui->smtpPortSpinBox->setValue(smtp.port);
    m_ui->smtpSecurityComboBox->setCurrentIndex(
        m_ui->smtpSecurityComboBox->findData(int(smtp.security)));
    m_ui->smtpUserLineEdit->setText(smtp.user);
    m_ui->smtpFromLineEdit->setText(smtp.from);
    // The password is never read back into the dialog: shown or not, it would sit in memory
    // and in the widget for nothing.
    m_ui->smtpPasswordLineEdit->setPlaceholderText(tr("Unchanged"));
    m_ui->smtpPasswordNoteLabel->setText(
        tr("Kept in the system keychain, never in a settings file. Leave empty to keep the "
           "saved password."));
    m_ui->smtpFromNoteLabel->setText(
        tr("Empty: the company's e-mail address from the General tab."));
}

void SettingsDialog::saveSmtp()
{
    SmtpSettings smtp = SmtpSettings::load(QSettings());
    smtp.host = m_ui->smtpHostLineEdit->text().trimmed();
    smtp.port = static_cast<quint16>(m_ui->smtpPortSpinBox->value());
    smtp.security = static_cast<SmtpSecurity>(m_ui->smtpSecurityComboBox->currentData().toInt());
    smtp.user = m_ui->smtpUserLineEdit->text().trimmed();
    smtp.from = m_ui->smtpFromLineEdit->text().trimmed();
    QSettings settings;
    smtp.save(settings);

    const QString password = m_ui->smtpPasswordLineEdit->text();
    if (password.isEmpty())
        return;
    if (const auto stored = SecretStore().write(smtp.secretKey(), password); !stored) {
        MessageBoxes::warning(
            this, tr("Password Not Saved"),
            tr("The system keychain is not available, so the e-mail password was not saved. "
               "The other settings were. To send e-mail, unlock or install a keychain (such as "
               "GNOME Keyring or KWallet) and enter the password again, or set "
               "ARDESK_SMTP_PASSWORD for the command line."),
            stored.error().detail);
        m_ui->smtpPasswordLineEdit->clear();
    }
}

void SettingsDialog::validate()
{
    bool valid = true;
    if (m_session) {
        const auto buckets = AgingBuckets::parse(m_ui->agingBucketsLineEdit->text());
        // The same rule as the command line's --buckets, in the user's words.
        m_ui->agingBucketsNoteLabel->setText(
            buckets ? tr("Days past due where the report columns end, the default of the "
                         "Reports page and the dashboard.")
                    : tr("Enter whole days in increasing order, separated by commas, such as "
                         "30,60,90."));
        m_ui->agingBucketsNoteLabel->setForegroundRole(buckets ? QPalette::PlaceholderText
                                                               : QPalette::WindowText);
        valid = buckets.has_value() && !m_ui->companyNameLineEdit->text().trimmed().isEmpty() &&
                validatePayment();
    }
    m_ui->settingsButtonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

bool SettingsDialog::validatePayment()
{
    // The core's own checks (PaymentDetails), each field's note saying what is wrong in the
    // user's words, or what the field is for while it is fine.
    const auto check = [](QLabel* note, bool fine, const QString& help, const QString& problem) {
        note->setText(fine ? help : problem);
        note->setForegroundRole(fine ? QPalette::PlaceholderText : QPalette::WindowText);
        return fine;
    };
    const QString iban = m_ui->ibanLineEdit->text();
    const QString bic = m_ui->bicLineEdit->text();
    const QString link = m_ui->paymentLinkLineEdit->text();
    const bool ibanFine = check(
        m_ui->ibanNoteLabel, iban.trimmed().isEmpty() || !PaymentDetails::ibanProblem(iban),
        tr("Printed in groups of four. Letters in EUR get a QR code that banking apps scan to "
           "fill in the transfer (GiroCode)."),
        tr("This is not a valid IBAN: check it letter by letter; the check digits (the third "
           "and fourth characters) do not match the rest."));
    const bool bicFine =
        check(m_ui->bicNoteLabel, bic.trimmed().isEmpty() || !PaymentDetails::bicProblem(bic),
              tr("The bank's code, 8 or 11 letters and digits."),
              tr("This is not a BIC: expected 8 or 11 letters and digits, such as COBADEFF or "
                 "COBADEFFXXX."));
    const bool linkFine = check(
        m_ui->paymentLinkNoteLabel, link.trimmed().isEmpty() || !PaymentDetails::linkProblem(link),
        tr("Optional. {customer}, {documents}, {amount}, {currency} and {reference} are filled "
           "in for each letter. Letters in other currencies than EUR get a QR code of this link."),
        tr("This is not a payment link: it must be a web address (https://…) and may use only "
           "the placeholders {customer}, {documents}, {amount}, {currency} and {reference}."));
    return ibanFine && bicFine && linkFine;
}

void SettingsDialog::accept()
{
    validate();
    if (!m_ui->settingsButtonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_session) {
        // Validated above; the combo box offers only codes from CurrencyCode::all().
        const LedgerSettings settings{
            .company = {.name = m_ui->companyNameLineEdit->text().simplified(),
                        .address = m_ui->addressPlainTextEdit->toPlainText().trimmed(),
                        .email = m_ui->emailLineEdit->text().trimmed(),
                        .phone = m_ui->phoneLineEdit->text().trimmed(),
                        .taxId = m_ui->taxIdLineEdit->text().trimmed(),
                        .registration = m_ui->registrationLineEdit->text().trimmed(),
                        .payment = {.accountHolder = m_ui->accountHolderLineEdit->text(),
                                    .iban = m_ui->ibanLineEdit->text(),
                                    .bic = m_ui->bicLineEdit->text(),
                                    .accountNumber = m_ui->accountNumberLineEdit->text(),
                                    .routing = m_ui->routingLineEdit->text(),
                                    .paymentLinkPattern = m_ui->paymentLinkLineEdit->text()}},
            .currency = *CurrencyCode::fromCode(m_ui->currencyComboBox->currentText()),
            .agingBuckets = *AgingBuckets::parse(m_ui->agingBucketsLineEdit->text())};
        if (auto saved = m_session->saveSettings(settings, *m_settingsAsRead); !saved) {
            if (saved.error().code == ErrorCode::ChangedMeanwhile) {
                changedMeanwhile();
                return;
            }
            MessageBoxes::critical(this, tr("Cannot Save Settings"),
                                   ErrorMessages::changeLedger(saved.error()),
                                   saved.error().detail);
            return;
        }
    }
    UiLanguage::store(m_ui->languageComboBox->currentData().toString());
    // A password the keychain refused is said so; everything else is saved, and the dialog
    // closes: there is nothing the user could change here to make the keychain work.
    saveSmtp();
    QDialog::accept();
}

void SettingsDialog::changedMeanwhile()
{
    const auto answer = MessageBoxes::question(
        this, tr("Settings Changed Meanwhile"),
        tr("Someone else changed the ledger's settings while you were editing them. Save your "
           "version over theirs? No shows theirs instead."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        load(); // reads theirs, and says so when it cannot
        validate();
        return;
    }
    const auto theirs = m_session->ledgerInfo().settings();
    if (!theirs) {
        MessageBoxes::critical(this, tr("Cannot Save Settings"),
                               ErrorMessages::readLedger(theirs.error()), theirs.error().detail);
        return;
    }
    m_settingsAsRead = *theirs;
    accept();
}

} // namespace ardesk
