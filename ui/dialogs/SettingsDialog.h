#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "ledger/LedgerSettings.h"

namespace Ui {
class SettingsDialog;
}

namespace ardesk {

class LedgerSession;

// Edit > Settings: the open ledger's own settings (company details, how customers pay, home
// currency, default aging buckets; saved in the ledger in one transaction), and this computer's
// UI language and outgoing mail server (QSettings; the SMTP password only ever in the OS
// keychain, SecretStore). Without an open ledger only this computer's settings can be set. OK stays
// disabled while the company name is empty, the bucket edges do not parse or a payment detail is
// invalid (IBAN, BIC, link). The ledger's settings are saved only over what the dialog read:
// when someone else saved theirs meanwhile, the user chooses between saving over theirs and
// seeing theirs in the dialog.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `session` may be null (no ledger open); not owned.
    explicit SettingsDialog(LedgerSession* session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void load();
    void loadSmtp();
    void validate();
    // Says under each payment field what is wrong with it; false when anything is.
    bool validatePayment();
    // Saves the mail server, and a new password in the keychain; says so when the keychain
    // refuses it (the rest is saved all the same).
    void saveSmtp();
    void changedMeanwhile();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LedgerSession* m_session;
    std::optional<LedgerSettings> m_settingsAsRead; // what a save replaces; read with m_session
};

} // namespace ardesk
