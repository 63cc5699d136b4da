#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class SettingsDialog;
}

namespace ardesk {

class LedgerSession;

// Edit > Settings: the open ledger's own settings (company details, home currency, default aging
// buckets; saved in the ledger in one transaction) and this computer's UI language (QSettings).
// Without an open ledger only the language can be set. OK stays disabled while the company name
// is empty or the bucket edges do not parse.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `session` may be null (no ledger open); not owned.
    explicit SettingsDialog(LedgerSession* session, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void load();
    void validate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    LedgerSession* m_session;
};

} // namespace ardesk
