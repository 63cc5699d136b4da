#pragma once

#include <memory>

#include <QDialog>

#include "domain/CurrencyCode.h"
#include "domain/ReminderNotice.h"

namespace Ui {
class DunningLevelsDialog;
}

namespace ardesk {

class DunningLevelModel;
class LedgerSession;

// Collections > Dunning Levels: the ledger's reminder levels in a table, the selected one
// edited in the form below it (name, days overdue, channel, fee in the ledger currency,
// interest a year). Save checks them as DunningLevelService does and replaces them all in one
// transaction; it stays disabled while the levels are not a ladder the run can walk. Saved only
// over the levels as they were read: when someone else saved theirs meanwhile, the user chooses
// between saving over theirs and seeing theirs in the dialog.
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
    void load(const QList<DunningLevel>& levels);
    void selectFirstLevel();
    void changedMeanwhile();

    std::unique_ptr<Ui::DunningLevelsDialog> m_ui;
    LedgerSession& m_session;
    CurrencyCode m_currency;
    DunningLevelModel* m_model;
    QList<DunningLevel> m_levelsAsRead; // what a save replaces
    bool m_showing = false;             // filling the form from the table: not an edit
};

} // namespace ardesk
