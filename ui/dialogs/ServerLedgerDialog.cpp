#include "dialogs/ServerLedgerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "session/ServerLogin.h"
#include "text/ErrorMessages.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ServerLedgerDialog::ServerLedgerDialog(Open open, QWidget* parent)
    : QDialog(parent)
    , m_open(std::move(open))
    , m_hostLineEdit(new QLineEdit(this))
    , m_portSpinBox(new QSpinBox(this))
    , m_databaseLineEdit(new QLineEdit(this))
    , m_userLineEdit(new QLineEdit(this))
    , m_tlsModeComboBox(new QComboBox(this))
    , m_passwordLineEdit(new QLineEdit(this))
    , m_rememberCheckBox(new QCheckBox(tr("&Remember password"), this))
    , m_problemLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"serverLedgerDialog"_s);
    setWindowTitle(tr("Open Server Ledger"));

    m_hostLineEdit->setObjectName(u"hostLineEdit"_s);
    m_hostLineEdit->setPlaceholderText(tr("db.example.org"));
    m_portSpinBox->setObjectName(u"portSpinBox"_s);
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(ServerLogin().port);
    // A port is a number, not an amount: no group separator ("5,432").
    m_portSpinBox->setGroupSeparatorShown(false);
    m_databaseLineEdit->setObjectName(u"databaseLineEdit"_s);
    m_databaseLineEdit->setToolTip(tr("The database on the server that holds the ledger"));
    m_userLineEdit->setObjectName(u"userLineEdit"_s);
    m_tlsModeComboBox->setObjectName(u"tlsModeComboBox"_s);
    addTlsModes();
    m_passwordLineEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLineEdit->setPlaceholderText(tr("Empty: from ~/.pgpass or PGPASSWORD"));
    m_rememberCheckBox->setObjectName(u"rememberPasswordCheckBox"_s);
    m_rememberCheckBox->setToolTip(
        tr("Keep the password in the system keychain, never in ARDesk's settings"));
    for (QLineEdit* field : {m_hostLineEdit, m_databaseLineEdit, m_userLineEdit})
        connect(field, &QLineEdit::textChanged, this, &ServerLedgerDialog::validate);

    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_detailLabel->setObjectName(u"problemDetailLabel"_s);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setForegroundRole(QPalette::PlaceholderText);

    m_buttonBox->setObjectName(u"serverLedgerButtonBox"_s);
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &ServerLedgerDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_hostLineEdit);
    form->addRow(tr("P&ort:"), m_portSpinBox);
    form->addRow(tr("&Database:"), m_databaseLineEdit);
    form->addRow(tr("&User:"), m_userLineEdit);
    form->addRow(tr("&Encryption:"), m_tlsModeComboBox);
    form->addRow(tr("&Password:"), m_passwordLineEdit);
    form->addRow(QString(), m_rememberCheckBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_detailLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttonBox);

    m_problemLabel->hide();
    m_detailLabel->hide();
    validate();
    resize(520, sizeHint().height());
}

// libpq's sslmode keywords, each with what it means for the user (libpq's documentation,
// "SSL Mode Descriptions"). The keyword stays as it is: it is what an administrator names.
void ServerLedgerDialog::addTlsModes()
{
    const std::pair<QString, QString> modes[] = {
        {u"disable"_s, tr("never encrypt")},
        {u"prefer"_s, tr("encrypt when the server can (default)")},
        {u"require"_s, tr("always encrypt, without checking the server's certificate")},
        {u"verify-ca"_s, tr("always encrypt; the certificate must come from a trusted authority")},
        {u"verify-full"_s,
         tr("always encrypt; the certificate must be trusted and name this host")},
    };
    for (const auto& [mode, meaning] : modes)
        m_tlsModeComboBox->addItem(u"%1 — %2"_s.arg(mode, meaning), mode);
    m_tlsModeComboBox->setCurrentIndex(m_tlsModeComboBox->findData(ServerLogin().tlsMode));
}

void ServerLedgerDialog::setLogin(const ServerLogin& login)
{
    m_hostLineEdit->setText(login.host);
    m_portSpinBox->setValue(login.port);
    m_databaseLineEdit->setText(login.database);
    m_userLineEdit->setText(login.user);
    const int mode = m_tlsModeComboBox->findData(login.tlsMode);
    m_tlsModeComboBox->setCurrentIndex(mode >= 0 ? mode : 0);
    // The first field still empty, else the password, is where the user goes on.
    for (QLineEdit* field :
         {m_hostLineEdit, m_databaseLineEdit, m_userLineEdit, m_passwordLineEdit}) {
        if (field->text().isEmpty() || field == m_passwordLineEdit) {
            field->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

ServerLogin ServerLedgerDialog::login() const
{
    ServerLogin login;
    login.host = m_hostLineEdit->text().trimmed();
    login.port = m_portSpinBox->value();
    login.database = m_databaseLineEdit->text().trimmed();
    login.user = m_userLineEdit->text().trimmed();
    login.tlsMode = m_tlsModeComboBox->currentData().toString();
    return login;
}

void ServerLedgerDialog::setRememberPassword(bool remember)
{
    m_rememberCheckBox->setChecked(remember);
}

void ServerLedgerDialog::showProblem(const Error& error)
{
    m_problemLabel->setText(ErrorMessages::openLedger(error, login().address()));
    m_detailLabel->setText(error.detail);
    m_problemLabel->show();
    m_detailLabel->show();
    // Not reached or refused: mostly a password to type again.
    if (error.code == ErrorCode::ServerUnavailable) {
        m_passwordLineEdit->setFocus(Qt::OtherFocusReason);
        m_passwordLineEdit->selectAll();
    }
}

void ServerLedgerDialog::validate()
{
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(login().isComplete());
}

void ServerLedgerDialog::accept()
{
    if (!login().isComplete())
        return;
    const Result<void> opened =
        m_open(login(), m_passwordLineEdit->text(), m_rememberCheckBox->isChecked());
    if (!opened) {
        showProblem(opened.error());
        return;
    }
    QDialog::accept();
}

} // namespace ardesk
