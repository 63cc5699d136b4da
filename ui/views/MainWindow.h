#pragma once

#include <memory>

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

#include "views/SavedDocument.h"

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace ardesk {

class BankPage;
class CollectionsPage;
class ConnectedUsersLabel;
class CreditsPage;
class CustomersPage;
class DashboardPage;
class DocumentCorrections;
class ExportRunner;
class JobRunner;
class InvoicesPage;
class LedgerPage;
class LedgerOpener;
class LedgerSession;
class PlansPage;
class RecurringPage;
class ReportsPage;
class WelcomePage;

// The application window: one open ledger at a time, shown as pages (customers, dashboard,
// reports, invoices)
// that the View menu and the navigation tool bar switch between.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the ledger at `path` (a file, or a server's address) in place of the current one
    // (LedgerOpener::openLedger).
    bool openLedger(const QString& path);
    void closeLedger();
    // Asks for a file name and writes a copy of the open ledger there.
    void backUpLedger();
    // The import wizard for the open ledger; the pages reload after an import.
    void importFile();
    // File > Export > Open Items: every invoice and installment open today, to CSV or Excel,
    // written off the GUI thread. (File > Export > Customers is the Customers page's export.)
    void exportOpenItems();
    // The settings dialog: the open ledger's settings and the UI language.
    void showSettings();
    // The open ledger's reminder levels, and the letter templates of those levels.
    void editDunningLevels();
    void editLetterTemplates();
    // Every page reads the open ledger again (after an import or new settings).
    void reloadLedger();
    // Entry dialogs for the open ledger; the lists show what was saved.
    void newInvoice();
    void recordPayment();
    void newCreditNote();
    // Writes off (part of) the invoice selected on the Invoices page.
    void writeOffInvoice();
    // At start-up: LedgerOpener::openStartupLedger.
    void openStartupLedger(const QString& requested);

    bool hasLedger() const { return m_session != nullptr; }
    QString ledgerPath() const;
    QString companyName() const;

    QList<LedgerPage*> pages() const { return m_pages; }
    LedgerPage* currentPage() const;
    void showPage(LedgerPage* page);
    CustomersPage* customersPage() const { return m_customersPage; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    ReportsPage* reportsPage() const { return m_reportsPage; }
    InvoicesPage* invoicesPage() const { return m_invoicesPage; }
    PlansPage* plansPage() const { return m_plansPage; }
    CollectionsPage* collectionsPage() const { return m_collectionsPage; }
    BankPage* bankPage() const { return m_bankPage; }
    RecurringPage* recurringPage() const { return m_recurringPage; }
    CreditsPage* paymentsPage() const { return m_paymentsPage; }
    CreditsPage* creditNotesPage() const { return m_creditNotesPage; }

    // Whether an opened ledger and the window geometry are saved for the next start; off for
    // one-off runs such as screenshots.
    void setRemembersSettings(bool remember);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createFileActions();
    void createSettingsActions();
    void createDocumentActions();
    void createPageActions();
    // A window action with its text, object name (for tests), status tip and shortcut.
    QAction* makeAction(const QString& text, const QString& objectName,
                        const QString& statusTip = {}, const QKeySequence& shortcut = {});
    void createMenus();
    void showAbout();
    // Puts a ledger just opened in the window, in place of the one open.
    void showSession(std::unique_ptr<LedgerSession> session);
    void showLedger();
    void newPlan();
    // After a document was entered: every page reads the ledger again (LedgerPage::
    // ledgerEdited), the lists keeping their search, filter, order, scroll position and
    // selection, the list of `saved` selecting it; the Bank page reads its queue again.
    // `origin`, the page that made the change, is up to date already.
    void documentsChanged(LedgerPage* origin = nullptr, const SavedDocument& saved = {});
    // Other users of a server ledger work on it too: the pages read what they changed (at
    // most a few times a second, see LedgerChangeFeed), the status bar shows who they are.
    void followOtherUsers();
    void updateTitle();
    void updatePageStatus();

    std::unique_ptr<LedgerSession> m_session;
    QList<LedgerPage*> m_pages;
    CustomersPage* m_customersPage = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    InvoicesPage* m_invoicesPage = nullptr;
    PlansPage* m_plansPage = nullptr;
    CollectionsPage* m_collectionsPage = nullptr;
    BankPage* m_bankPage = nullptr;
    RecurringPage* m_recurringPage = nullptr;
    CreditsPage* m_paymentsPage = nullptr;
    CreditsPage* m_creditNotesPage = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    QStackedWidget* m_centralStack = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QLabel* m_companyLabel = nullptr;
    QLabel* m_pageStatusLabel = nullptr;
    LedgerOpener* m_opener = nullptr;
    ConnectedUsersLabel* m_connectedUsersLabel = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportCustomersAction = nullptr;
    QAction* m_exportOpenItemsAction = nullptr;
    ExportRunner* m_exportRunner = nullptr;
    JobRunner* m_backupJobs = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_dunningLevelsAction = nullptr;
    QAction* m_letterTemplatesAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_newPlanAction = nullptr;
    QAction* m_newInvoiceAction = nullptr;
    QAction* m_recordPaymentAction = nullptr;
    QAction* m_newCreditNoteAction = nullptr;
    QAction* m_writeOffAction = nullptr;
    // Edit > Edit Document…, Void…, Delete: corrections of the document selected on the
    // Invoices, Payments or Credit Notes page.
    QAction* m_editDocumentAction = nullptr;
    QAction* m_voidDocumentAction = nullptr;
    QAction* m_deleteDocumentAction = nullptr;
    DocumentCorrections* m_corrections = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_pageActions; // one per page, in m_pages order
    bool m_remembersSettings = true;
};

} // namespace ardesk
