#pragma once

#include <optional>

#include <QStringList>

#include "jobs/RecurringRunner.h"
#include "views/LedgerPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ardesk {

class EmptyListLabel;
class RecurringListModel;
class RecurringPreviewDialog;

// Recurring invoices: the schedules with what they created and their next date, filtered by
// status, searched by customer or description, sorted by any column. New… (Insert) and Edit…
// (Enter, F2) open the schedule dialog; Pause, Resume and End act on the selected schedule as
// of today; Create Due Invoices… previews what is due as of a date, then creates it as a job.
class RecurringPage : public LedgerPage {
    Q_OBJECT

public:
    explicit RecurringPage(QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    // Keeps the status filter, search, order, scroll position and selection.
    void ledgerEdited(LedgerSession* session, const SavedDocument& saved) override;
    QString statusText() const override;
    bool isBusy() const override;

    RecurringListModel* model() const { return m_model; }
    // The line under the table (what the last run created).
    QString message() const;

    void reload();
    void newSchedule();
    void editSelected();
    void pauseSelected();
    void resumeSelected();
    void endSelected();
    // Opens the preview of what is due today; its Create button creates it.
    void createDueInvoices();

Q_SIGNALS:
    // Invoices were created: the other pages read the ledger again.
    void ledgerChanged();

private:
    enum class Change { Pause, Resume, End };

    void setUpCommands();
    void applyFilter();
    void updateButtons();
    void updateEmptyState();
    std::optional<RecurringScheduleView> selectedSchedule() const;
    void selectSchedule(RecurringScheduleId id);
    void change(Change change);
    void showOutcome(const RecurringRunOutcome& outcome);
    void showFailure(bool preview, const Error& error);

    LedgerSession* m_session = nullptr;
    RecurringRunner* m_runner;
    RecurringListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_statusComboBox;
    QLineEdit* m_searchLineEdit;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_pauseButton;
    QPushButton* m_resumeButton;
    QPushButton* m_endButton;
    QPushButton* m_createButton;
    QTableView* m_tableView;
    EmptyListLabel* m_emptyLabel;
    QLabel* m_messageLabel;
    // The preview open now, and the numbers it showed when Create was clicked.
    RecurringPreviewDialog* m_preview = nullptr;
    QStringList m_previewed;
};

} // namespace ardesk
