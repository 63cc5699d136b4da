#pragma once

#include <optional>

#include <QList>
#include <QSet>

#include "jobs/BankRunner.h"
#include "views/LedgerPage.h"

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace ardesk {

class BankQueueModel;
class EmptyListLabel;

// Cash application: the open bank lines with the matcher's proposal for each (customer,
// documents, a score and the reason in words), read off the GUI thread. The bookkeeper imports
// statements (the toolbar, or a file dropped on the page), posts a proposal (Enter, with a
// confirmation), posts a line to another customer or other documents (Change…), takes a line
// out of the queue with a reason (Delete), or posts every sure proposal at once after a
// preview (Post All ≥ 90…).
class BankPage : public LedgerPage {
    Q_OBJECT

public:
    // What "Post all" posts: the contract's default for `bank match --auto`.
    static constexpr int postAllMinScore = 90;

    explicit BankPage(QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    QString statusText() const override;
    bool isBusy() const override;

    BankQueueModel* model() const { return m_model; }
    // The line under the message (the last import's counts, what was posted or ignored).
    QString message() const;

    // Reads the queue again (after documents were entered elsewhere).
    void refresh();
    // Asks for a statement file, then imports it.
    void importStatement();
    // A CSV export is read through a saved column profile: without `csvProfile`, the page asks
    // which one when the file turns out to be CSV.
    void importFile(const QString& path,
                    const std::optional<BankCsvProfile>& csvProfile = std::nullopt);
    // The selected line: posted as proposed (after a confirmation), to the bookkeeper's choice,
    // or taken out of the queue.
    void postSelected();
    void changeSelected();
    // Posts the selected receipt across several customers (BankSplitDialog).
    void splitSelected();
    void ignoreSelected();
    // Previews what would be posted automatically, then posts it once confirmed.
    void postAll();

Q_SIGNALS:
    // A payment was posted, or the bank lines changed: the other pages read the ledger again.
    void ledgerChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setUpActions();
    void setUpTable();
    void layOut();
    void readQueue();
    void showMatched(const BankMatchOutcome& outcome);
    void showQueue(const BankMatchOutcome& outcome);
    void showAutoPreview(const BankMatchOutcome& outcome);
    void showAutoPosted(const BankMatchOutcome& outcome);
    void showImported(const BankImportOutcome& outcome);
    void showImportFailed(const QString& path, const Error& error);
    // Asks which saved profile reads the CSV file at `path`, then imports it with that one.
    void chooseCsvProfile(const QString& path);
    // Sets up a new column profile from the file in the wizard, saves it, and imports the file.
    void createCsvProfile(const QString& path);
    void showMatchFailed(BankMatchOutcome::Kind kind, const Error& error);
    std::optional<BankMatch> selectedMatch() const;
    void selectLine(BankLineId line, int fallbackRow);
    void setMessage(const QString& text);
    // After a change of the ledger: the queue is read again and the other pages are told.
    void changed();
    void updateActions();
    void updateEmptyState();
    void updateDetails();
    void runningChanged();

    LedgerSession* m_session = nullptr;
    BankRunner* m_runner;
    BankQueueModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QToolBar* m_toolBar;
    QTableView* m_tableView;
    EmptyListLabel* m_emptyLabel;
    QLabel* m_detailsLabel;
    QLabel* m_messageLabel;
    QAction* m_importAction;
    QAction* m_matchAction;
    QAction* m_postAction;
    QAction* m_changeAction;
    QAction* m_splitAction;
    QAction* m_ignoreAction;
    QAction* m_postAllAction;
    bool m_queueRead = false;
    // The line selected before the queue was read again, selected again after.
    std::optional<BankLineId> m_keepSelected;
    int m_keepRow = 0;
    // The lines of the last "Post all" preview, to compare with what the run posted.
    QSet<qint64> m_previewed;
};

} // namespace ardesk
