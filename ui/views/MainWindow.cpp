#include "views/MainWindow.h"

#include <memory>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

#include "dialogs/CreditDialog.h"
#include "dialogs/DunningLevelsDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/InvoiceDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/TemplateEditorDialog.h"
#include "dialogs/WriteOffDialog.h"
#include "domain/Clock.h"
#include "dunning/DunningLevelService.h"
#include "jobs/ExportRunner.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobRunner.h"
#include "ledger/BackupService.h"
#include "ledger/CustomerService.h"
#include "ledger/InvoiceListService.h"
#include "ledger/LedgerChangeFeed.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "text/ErrorMessages.h"
#include "views/BankPage.h"
#include "views/CollectionsPage.h"
#include "views/CreditsPage.h"
#include "views/CustomersPage.h"
#include "views/DashboardPage.h"
#include "views/DocumentCorrections.h"
#include "views/InvoicesPage.h"
#include "views/LedgerOpener.h"
#include "views/PlansPage.h"
#include "views/RecurringPage.h"
#include "views/ReportsPage.h"
#include "views/WelcomePage.h"
#include "widgets/ConnectedUsersLabel.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
const QString geometryKey = u"mainWindow/geometry"_s;
const QString stateKey = u"mainWindow/state"_s;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_customersPage(new CustomersPage)
    , m_dashboardPage(new DashboardPage)
    , m_reportsPage(new ReportsPage)
    , m_invoicesPage(new InvoicesPage)
    , m_plansPage(new PlansPage)
    , m_collectionsPage(new CollectionsPage)
    , m_bankPage(new BankPage)
    , m_recurringPage(new RecurringPage)
    , m_paymentsPage(new CreditsPage(Credit::Kind::Payment))
    , m_creditNotesPage(new CreditsPage(Credit::Kind::CreditNote))
    , m_welcomePage(new WelcomePage)
    , m_centralStack(new QStackedWidget(this))
    , m_pageStack(new QStackedWidget)
    , m_companyLabel(new QLabel)
    , m_pageStatusLabel(new QLabel)
    , m_connectedUsersLabel(new ConnectedUsersLabel)
{
    setObjectName(u"mainWindow"_s);
    m_centralStack->setObjectName(u"centralStackedWidget"_s);
    m_pageStack->setObjectName(u"pageStackedWidget"_s);

    // Ctrl+1 to Ctrl+9 in this order, then pages with a shortcut of their own
    // (createPageActions).
    m_pages = {m_customersPage, m_dashboardPage,   m_reportsPage, m_invoicesPage,
               m_paymentsPage,  m_creditNotesPage, m_plansPage,   m_collectionsPage,
               m_bankPage,      m_recurringPage};
    for (LedgerPage* page : std::as_const(m_pages)) {
        m_pageStack->addWidget(page);
        connect(page, &LedgerPage::statusTextChanged, this, &MainWindow::updatePageStatus);
    }
    connect(m_pageStack, &QStackedWidget::currentChanged, this, &MainWindow::updatePageStatus);
    connect(m_bankPage, &BankPage::ledgerChanged, this, [this] { documentsChanged(m_bankPage); });
    connect(m_recurringPage, &RecurringPage::ledgerChanged, this,
            [this] { documentsChanged(m_recurringPage); });
    connect(m_collectionsPage, &CollectionsPage::ledgerChanged, this,
            [this] { documentsChanged(m_collectionsPage); });
    m_opener = new LedgerOpener(
        this, [this](std::unique_ptr<LedgerSession> session) { showSession(std::move(session)); },
        [this] { return ledgerPath(); });
    connect(m_welcomePage, &WelcomePage::newCompanyRequested, m_opener, &LedgerOpener::newCompany);
    connect(m_welcomePage, &WelcomePage::openRequested, m_opener, &LedgerOpener::chooseLedger);
    connect(m_welcomePage, &WelcomePage::demoRequested, m_opener, &LedgerOpener::openDemoCompany);

    m_centralStack->addWidget(m_welcomePage);
    m_centralStack->addWidget(m_pageStack);
    setCentralWidget(m_centralStack);

    m_companyLabel->setObjectName(u"companyNameLabel"_s);
    m_companyLabel->setContentsMargins(6, 0, 6, 0);
    m_pageStatusLabel->setObjectName(u"pageStatusLabel"_s);
    m_pageStatusLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->setObjectName(u"mainStatusBar"_s);
    statusBar()->addWidget(m_companyLabel, 1);
    statusBar()->addPermanentWidget(m_connectedUsersLabel);
    statusBar()->addPermanentWidget(m_pageStatusLabel);

    m_exportRunner = new ExportRunner(this);
    m_backupJobs = new JobRunner(this);
    createActions();
    createMenus();

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1180, 720);
    restoreState(settings.value(stateKey).toByteArray());

    showLedger();
}

MainWindow::~MainWindow()
{
    // The pages hold pointers into the session: let go of them before it goes.
    for (LedgerPage* page : std::as_const(m_pages))
        page->setSession(nullptr);
}

void MainWindow::createActions()
{
    createFileActions();
    createSettingsActions();
    createDocumentActions();
    createPageActions();
}

QAction* MainWindow::makeAction(const QString& text, const QString& objectName,
                                const QString& statusTip, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    action->setShortcut(shortcut);
    return action;
}

// The File menu: import and export, backup, close, quit (the ledgers: LedgerOpener).
void MainWindow::createFileActions()
{
    m_backUpAction = makeAction(tr("&Backup…"), u"backUpAction"_s,
                                tr("Save a copy of the open ledger to another file"));
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backUpLedger);

    m_importAction =
        makeAction(tr("&Import…"), u"importAction"_s,
                   tr("Add customers, invoices, payments or credit notes from a CSV file"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);

    m_exportCustomersAction = makeAction(
        tr("&Customers…"), u"exportCustomersAction"_s,
        tr("Save every customer with their balance today as CSV or as an Excel workbook"));
    connect(m_exportCustomersAction, &QAction::triggered, m_customersPage,
            &CustomersPage::exportCustomers);

    m_exportOpenItemsAction = makeAction(
        tr("&Open Items…"), u"exportOpenItemsAction"_s,
        tr("Save every invoice and installment open today as CSV or as an Excel workbook"));
    connect(m_exportOpenItemsAction, &QAction::triggered, this, &MainWindow::exportOpenItems);

    m_closeAction =
        makeAction(tr("&Close Ledger"), u"closeLedgerAction"_s, QString(), QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeLedger);

    m_quitAction = makeAction(tr("&Quit"), u"quitAction"_s);
    // QKeySequence::Quit is empty on Windows; Ctrl+Q is what users of every platform try.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

// Settings, the dunning setup and About.
void MainWindow::createSettingsActions()
{
    m_settingsAction = makeAction(tr("&Settings…"), u"settingsAction"_s,
                                  tr("Company details, currency, aging buckets and language"));
    // Preferences is Ctrl+, on macOS only (empty elsewhere); Ctrl+, is what other applications
    // (browsers, editors) use on every platform.
    m_settingsAction->setShortcuts(
        {QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_dunningLevelsAction =
        makeAction(tr("Dunning Le&vels…"), u"dunningLevelsAction"_s,
                   tr("When reminders go out, how, and with which fee and interest"));
    connect(m_dunningLevelsAction, &QAction::triggered, this, &MainWindow::editDunningLevels);

    m_letterTemplatesAction = makeAction(tr("Letter &Templates…"), u"letterTemplatesAction"_s,
                                         tr("The text of the reminder letters and e-mails"));
    connect(m_letterTemplatesAction, &QAction::triggered, this, &MainWindow::editLetterTemplates);

    m_aboutAction = makeAction(tr("&About ARDesk"), u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

// Finding things and entering documents.
void MainWindow::createDocumentActions()
{
    m_findAction = makeAction(tr("&Find…"), u"findAction"_s, QString(), QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        // A page with its own search finds there; every other page finds customers.
        if (LedgerPage* page = currentPage(); page && page->focusSearch())
            return;
        showPage(m_customersPage);
        m_customersPage->focusSearch();
    });

    m_newPlanAction = makeAction(tr("New P&lan…"), u"newPlanAction"_s,
                                 tr("Put a customer's open invoices on an installment plan"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_newPlanAction, &QAction::triggered, this, &MainWindow::newPlan);

    m_newInvoiceAction = makeAction(tr("New &Invoice…"), u"newInvoiceAction"_s,
                                    tr("Enter an invoice"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_newInvoiceAction, &QAction::triggered, this, &MainWindow::newInvoice);

    // Ctrl+P is Print: the payment takes Ctrl+Shift+P, the credit note Ctrl+Shift+C.
    m_recordPaymentAction = makeAction(tr("Record &Payment…"), u"recordPaymentAction"_s,
                                       tr("Record a customer's payment and allocate it"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_recordPaymentAction, &QAction::triggered, this, &MainWindow::recordPayment);

    m_newCreditNoteAction = makeAction(tr("New &Credit Note…"), u"newCreditNoteAction"_s,
                                       tr("Enter a credit note and allocate it"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_newCreditNoteAction, &QAction::triggered, this, &MainWindow::newCreditNote);

    m_writeOffAction = makeAction(tr("&Write Off…"), u"writeOffAction"_s,
                                  tr("Write off the invoice selected on the Invoices page"));
    connect(m_writeOffAction, &QAction::triggered, this, &MainWindow::writeOffInvoice);

    // Corrections keep the history: a void or a change of allocation is dated, a delete is for
    // what was never used (docs/contract.md, Corrections).
    m_corrections = new DocumentCorrections(this, [this] { return m_session.get(); });
    connect(m_corrections, &DocumentCorrections::ledgerChanged, this,
            [this] { documentsChanged(); });
    m_editDocumentAction = makeAction(tr("&Edit Document…"), u"editDocumentAction"_s,
                                      tr("Correct the selected invoice, or change what the "
                                         "selected payment or credit note pays"));
    connect(m_editDocumentAction, &QAction::triggered, this, [this] {
        m_corrections->changeSelected(DocumentCorrections::Change::Edit, currentPage());
    });
    m_voidDocumentAction = makeAction(tr("&Void…"), u"voidDocumentAction"_s,
                                      tr("Void the selected invoice, payment or credit note, "
                                         "keeping it in the history"));
    connect(m_voidDocumentAction, &QAction::triggered, this, [this] {
        m_corrections->changeSelected(DocumentCorrections::Change::Void, currentPage());
    });
    m_deleteDocumentAction = makeAction(tr("&Delete Document"), u"deleteDocumentAction"_s,
                                        tr("Delete the selected document, if it was never used"));
    connect(m_deleteDocumentAction, &QAction::triggered, this, [this] {
        m_corrections->changeSelected(DocumentCorrections::Change::Delete, currentPage());
    });
    connect(m_invoicesPage, &InvoicesPage::invoiceActivated, m_corrections,
            &DocumentCorrections::editInvoice);
    for (CreditsPage* page : {m_paymentsPage, m_creditNotesPage}) {
        connect(
            page, &CreditsPage::creditActivated, m_corrections,
            [this, page](const QString& code) { m_corrections->editCredit(page->kind(), code); });
    }
}

void MainWindow::createPageActions()
{
    // Ctrl+1 to Ctrl+9: the first pages in navigation order, as in browsers' tabs. Pages after
    // the ninth take a letter: Ctrl+Shift+R for Recurring (Ctrl+R is often "reload").
    auto* pageGroup = new QActionGroup(this);
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        LedgerPage* page = m_pages[i];
        auto* action = new QAction(page->title(), pageGroup);
        action->setObjectName(page->pageId() + u"PageAction"_s);
        action->setCheckable(true);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (page == m_recurringPage)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        action->setStatusTip(tr("Show the %1 page").arg(page->title()));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }
    connect(m_pageStack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_pageActions.size())
            m_pageActions[index]->setChecked(true);
    });
    m_pageActions.first()->setChecked(true);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    m_opener->addActionsTo(*fileMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importAction);
    QMenu* exportMenu = fileMenu->addMenu(tr("&Export"));
    exportMenu->setObjectName(u"exportMenu"_s);
    exportMenu->addAction(m_exportCustomersAction);
    exportMenu->addAction(m_exportOpenItemsAction);
    fileMenu->addAction(m_backUpAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"editMenu"_s);
    editMenu->addAction(m_findAction);
    editMenu->addSeparator();
    editMenu->addAction(m_newInvoiceAction);
    editMenu->addAction(m_recordPaymentAction);
    editMenu->addAction(m_newCreditNoteAction);
    editMenu->addAction(m_writeOffAction);
    editMenu->addSeparator();
    editMenu->addAction(m_editDocumentAction);
    editMenu->addAction(m_voidDocumentAction);
    editMenu->addAction(m_deleteDocumentAction);
    editMenu->addSeparator();
    editMenu->addAction(m_newPlanAction);
    editMenu->addSeparator();
    editMenu->addAction(m_settingsAction);

    // The dunning run's commands act on the Collections page, which they bring to the front.
    QMenu* collectionsMenu = menuBar()->addMenu(tr("&Collections"));
    collectionsMenu->setObjectName(u"collectionsMenu"_s);
    for (QAction* action : m_collectionsPage->menuActions()) {
        collectionsMenu->addAction(action);
        connect(action, &QAction::triggered, this, [this] { showPage(m_collectionsPage); });
    }
    collectionsMenu->addSeparator();
    collectionsMenu->addAction(m_dunningLevelsAction);
    collectionsMenu->addAction(m_letterTemplatesAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    viewMenu->addActions(m_pageActions);

    QToolBar* navigation = addToolBar(tr("Navigation"));
    navigation->setObjectName(u"navigationToolBar"_s);
    navigation->setAccessibleName(tr("Pages"));
    navigation->setMovable(false);
    navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    navigation->addActions(m_pageActions);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::newPlan()
{
    if (!m_session)
        return;
    // From the invoice list, the selected invoices of one customer go on the plan.
    QString customerCode;
    QStringList invoiceNumbers;
    if (currentPage() == m_invoicesPage) {
        for (const InvoiceListRow& invoice : m_invoicesPage->selectedInvoices()) {
            if (!customerCode.isEmpty() && invoice.customerCode != customerCode) {
                invoiceNumbers.clear();
                break;
            }
            customerCode = invoice.customerCode;
            invoiceNumbers.append(invoice.number);
        }
    }
    showPage(m_plansPage);
    m_plansPage->newPlan(invoiceNumbers.isEmpty() ? QString() : customerCode, invoiceNumbers);
}

void MainWindow::newInvoice()
{
    if (!m_session)
        return;
    InvoiceDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        documentsChanged(nullptr, {SavedDocument::Kind::Invoice, dialog.invoiceId().value});
}

void MainWindow::recordPayment()
{
    if (!m_session)
        return;
    CreditDialog dialog(Credit::Kind::Payment, *m_session, this);
    // From the invoice list, the payment starts with the one invoice selected there.
    const QList<InvoiceListRow> selected = currentPage() == m_invoicesPage
                                               ? m_invoicesPage->selectedInvoices()
                                               : QList<InvoiceListRow>();
    if (selected.size() == 1) {
        if (const auto customer = m_session->customers().findByCode(selected.first().customerCode))
            dialog.startWithInvoice(*customer, selected.first().id);
    }
    if (dialog.exec() == QDialog::Accepted)
        documentsChanged(nullptr, {SavedDocument::Kind::Payment, dialog.creditId().value});
}

void MainWindow::newCreditNote()
{
    if (!m_session)
        return;
    CreditDialog dialog(Credit::Kind::CreditNote, *m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        documentsChanged(nullptr, {SavedDocument::Kind::CreditNote, dialog.creditId().value});
}

void MainWindow::writeOffInvoice()
{
    if (!m_session)
        return;
    const QList<InvoiceListRow> selected = currentPage() == m_invoicesPage
                                               ? m_invoicesPage->selectedInvoices()
                                               : QList<InvoiceListRow>();
    if (selected.size() != 1) {
        showPage(m_invoicesPage);
        MessageBoxes::information(this, tr("Write Off"),
                                  tr("Select the invoice to write off in the invoice list."));
        return;
    }
    WriteOffDialog dialog(*m_session, selected.first().number, selected.first().customerName, this);
    if (dialog.exec() == QDialog::Accepted)
        documentsChanged(nullptr, {SavedDocument::Kind::Invoice, selected.first().id.value});
}

void MainWindow::documentsChanged(LedgerPage* origin, const SavedDocument& saved)
{
    for (LedgerPage* page : std::as_const(m_pages)) {
        if (page == origin)
            continue;
        if (page == m_bankPage)
            m_bankPage->refresh();
        else
            page->ledgerEdited(m_session.get(), saved);
    }
    updatePageStatus();
}

bool MainWindow::openLedger(const QString& path)
{
    return m_opener->openLedger(path);
}

void MainWindow::showSession(std::unique_ptr<LedgerSession> session)
{
    // The pages let go of the old session before it is destroyed.
    for (LedgerPage* page : std::as_const(m_pages))
        page->setSession(nullptr);
    m_connectedUsersLabel->setSession(nullptr);
    m_session = std::move(session);
    for (LedgerPage* page : std::as_const(m_pages))
        page->setSession(m_session.get());
    followOtherUsers();
    showLedger();
}

void MainWindow::followOtherUsers()
{
    m_connectedUsersLabel->setSession(m_session.get());
    connect(&m_session->changeFeed(), &LedgerChangeFeed::changed, this,
            [this] { documentsChanged(); });
}

void MainWindow::closeLedger()
{
    for (LedgerPage* page : std::as_const(m_pages))
        page->setSession(nullptr);
    m_connectedUsersLabel->setSession(nullptr);
    m_session.reset();
    showLedger();
}

void MainWindow::openStartupLedger(const QString& requested)
{
    m_opener->openStartupLedger(requested);
}

void MainWindow::setRemembersSettings(bool remember)
{
    m_remembersSettings = remember;
    m_opener->setRemembersLedgers(remember);
}

void MainWindow::backUpLedger()
{
    if (!m_session)
        return;
    // Dated, so that a series of backups sorts by day and never collides with the ledger.
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"%1-%2.ardesk"_s.arg(QFileInfo(m_session->path()).completeBaseName(),
                                            Clock::today().toString(Qt::ISODate)));
    const QString path = FileDialogs::saveLedger(this, tr("Back Up Ledger"), suggested);
    if (path.isEmpty())
        return;
    // A big ledger takes a while to copy: on a worker, with its own connection (one per
    // thread), while the window shows that it is busy and keeps painting. A backup is one
    // SQLite backup step: nothing to stop halfway.
    auto* progress = new JobProgressDialog(m_backupJobs, tr("Back Up Ledger"),
                                           tr("Backing up the ledger…"), this, false);
    progress->setObjectName(u"backupProgressDialog"_s);
    m_backUpAction->setEnabled(false);
    m_backupJobs->start(
        [source = m_session->path(), path](const JobControl&) -> Result<void> {
            auto database = Database::open(source);
            if (!database)
                return std::unexpected(database.error());
            return BackupService(**database).backUp(path);
        },
        [this, path](const Result<void>& written) {
            m_backUpAction->setEnabled(m_session != nullptr);
            if (!written) {
                MessageBoxes::critical(this, tr("Cannot Back Up Ledger"),
                                       ErrorMessages::writeLedger(written.error(), path),
                                       written.error().detail);
                return;
            }
            statusBar()->showMessage(
                tr("Ledger backed up to “%1”.").arg(QDir::toNativeSeparators(path)), 10'000);
        });
}

void MainWindow::importFile()
{
    if (!m_session)
        return;
    ImportWizard wizard(m_session->path(), this);
    wizard.exec();
    if (wizard.importedRows() > 0) {
        reloadLedger();
        statusBar()->showMessage(tr("%n row(s) imported.", nullptr, wizard.importedRows()), 10'000);
    }
}

void MainWindow::exportOpenItems()
{
    if (!m_session || m_exportRunner->isRunning())
        return;
    // As of today, like the other lists; the Reports page's detail gives any other date.
    const QDate today = Clock::today();
    const QString path = m_exportRunner->chooseFile(
        tr("Export Open Items"), u"open-items-%1.csv"_s.arg(today.toString(Qt::ISODate)));
    if (!path.isEmpty())
        m_exportRunner->exportOpenItems(m_session->path(), today, path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session.get(), this);
    if (dialog.exec() == QDialog::Accepted && m_session)
        reloadLedger();
}

void MainWindow::editDunningLevels()
{
    if (!m_session)
        return;
    DunningLevelsDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadLedger();
}

void MainWindow::editLetterTemplates()
{
    if (!m_session)
        return;
    const auto levels = m_session->dunningLevels().levels();
    if (!levels) {
        MessageBoxes::critical(this, tr("Cannot Read Dunning Levels"),
                               ErrorMessages::readLedger(levels.error()), levels.error().detail);
        return;
    }
    TemplateEditorDialog dialog(*m_session, *levels, 0, this);
    dialog.exec();
}

void MainWindow::reloadLedger()
{
    if (!m_session)
        return;
    for (LedgerPage* page : std::as_const(m_pages))
        page->setSession(m_session.get());
    showLedger();
}

QString MainWindow::ledgerPath() const
{
    return m_session ? m_session->path() : QString();
}

QString MainWindow::companyName() const
{
    return m_session ? m_session->companyName() : QString();
}

LedgerPage* MainWindow::currentPage() const
{
    return qobject_cast<LedgerPage*>(m_pageStack->currentWidget());
}

void MainWindow::showPage(LedgerPage* page)
{
    if (m_pages.contains(page))
        m_pageStack->setCurrentWidget(page);
}

void MainWindow::showAbout()
{
    MessageBoxes::information(this, tr("About ARDesk"),
                              tr("ARDesk %1\n\nAccounts receivable for small-business "
                                 "bookkeepers: who owes what, how late, and what to do about it.")
                                  .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showLedger()
{
    const bool open = m_session != nullptr;
    m_centralStack->setCurrentWidget(open ? static_cast<QWidget*>(m_pageStack) : m_welcomePage);
    m_closeAction->setEnabled(open);
    m_backUpAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_exportCustomersAction->setEnabled(open);
    m_exportOpenItemsAction->setEnabled(open);
    m_findAction->setEnabled(open);
    for (QAction* action :
         {m_newInvoiceAction, m_recordPaymentAction, m_newCreditNoteAction, m_writeOffAction})
        action->setEnabled(open);
    m_dunningLevelsAction->setEnabled(open);
    m_letterTemplatesAction->setEnabled(open);
    for (QAction* action : std::as_const(m_pageActions))
        action->setEnabled(open);
    m_companyLabel->setText(open ? m_session->companyName() : QString());
    m_companyLabel->setToolTip(open ? QDir::toNativeSeparators(m_session->path()) : QString());
    updateTitle();
    updatePageStatus();
    if (open)
        m_pageStack->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("ARDesk"));
        setWindowFilePath(QString());
        return;
    }
    QString company = m_session->companyName();
    if (company.isEmpty())
        company = QFileInfo(m_session->path()).completeBaseName();
    setWindowTitle(tr("ARDesk — %1").arg(company));
    setWindowFilePath(m_session->path());
}

void MainWindow::updatePageStatus()
{
    LedgerPage* page = currentPage();
    m_pageStatusLabel->setText(m_session && page ? page->statusText() : QString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_remembersSettings) {
        QSettings settings;
        settings.setValue(geometryKey, saveGeometry());
        settings.setValue(stateKey, saveState());
    }
    event->accept();
}

} // namespace ardesk
