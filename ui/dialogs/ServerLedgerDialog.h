#pragma once

#include <functional>

#include <QDialog>

#include "domain/Error.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ardesk {

struct ServerLogin;

// File ▸ Open Server Ledger…: the host, port, database, user, TLS mode and password of a
// ledger on a PostgreSQL server, and whether to keep the password in the keychain. OK hands
// them to `open`; when that fails the dialog says why (the same sentences as for a file) and
// keeps every field, so the user can correct one and try again.
class ServerLedgerDialog : public QDialog {
    Q_OBJECT

public:
    using Open = std::function<Result<void>(const ServerLogin& login, const QString& password,
                                            bool rememberPassword)>;

    explicit ServerLedgerDialog(Open open, QWidget* parent = nullptr);

    void setLogin(const ServerLogin& login);
    ServerLogin login() const;
    void setRememberPassword(bool remember);
    // Why the last try failed; after a refusal the password is selected, ready to be typed
    // again.
    void showProblem(const Error& error);

    void accept() override;

private:
    void addTlsModes();
    void validate();

    Open m_open;
    QLineEdit* m_hostLineEdit;
    QSpinBox* m_portSpinBox;
    QLineEdit* m_databaseLineEdit;
    QLineEdit* m_userLineEdit;
    QComboBox* m_tlsModeComboBox;
    QLineEdit* m_passwordLineEdit;
    QCheckBox* m_rememberCheckBox;
    QLabel* m_problemLabel;
    QLabel* m_detailLabel;
    QDialogButtonBox* m_buttonBox;
};

} // namespace ardesk
