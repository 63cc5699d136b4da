#pragma once

#include <memory>

#include <QDialog>

#include "domain/CurrencyCode.h"

namespace Ui {
class DunningLevelsDialog;
}

namespace ardesk {

class DunningLevelModel;
class LedgerSession;

// Collections > Dunning Levels: the ledger's reminder levels in a table, the selected one
// edited in the form below it (name, days overdue, channel, fee in the ledger currency,
// interest a year). Save checks them as DunningLevelService does and replaces them all in one
// transaction; it stays disabled while the levels are not a ladder the run can walk.
class DunningLevelsDialog : public QDialog {
    Q_OBJECT

public:
    DunningLevelsDialog(LedgerSession& session, QWidget* parent = nullptr);
    ~DunningLevelsDialog() override;

    void accept() override;

private:
    int currentRow() const;
    void showLevel();
    void storeLevel();
    void validate();
    void addLevel();
    void removeLevel();
    void editTemplate();

    std::unique_ptr<Ui::DunningLevelsDialog> m_ui;
    LedgerSession& m_session;
    CurrencyCode m_currency;
    DunningLevelModel* m_model;
    bool m_showing = false; // filling the form from the table: not an edit
};

} // namespace ardesk
