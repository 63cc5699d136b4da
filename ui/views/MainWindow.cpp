#include "views/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

#include "common/ErrorMessages.h"
#include "common/FileDialogs.h"
#include "common/LedgerSession.h"
#include "common/MessageBoxes.h"
#include "services/LedgerLocation.h"
#include "views/CustomersPage.h"
#include "views/DashboardPage.h"
#include "views/WelcomePage.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
const QString lastLedgerKey = u"ledger/last"_s;
const QString geometryKey = u"mainWindow/geometry"_s;
const QString stateKey = u"mainWindow/state"_s;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_customersPage(new CustomersPage)
    , m_dashboardPage(new DashboardPage)
    , m_welcomePage(new WelcomePage)
    , m_centralStack(new QStackedWidget(this))
    , m_pageStack(new QStackedWidget)
    , m_companyLabel(new QLabel)
    , m_pageStatusLabel(new QLabel)
{
    setObjectName(u"mainWindow"_s);
    m_centralStack->setObjectName(u"centralStackedWidget"_s);
    m_pageStack->setObjectName(u"pageStackedWidget"_s);

    m_pages = {m_customersPage, m_dashboardPage};
    for (LedgerPage* page : std::as_const(m_pages)) {
        m_pageStack->addWidget(page);
        connect(page, &LedgerPage::statusTextChanged, this, &MainWindow::updatePageStatus);
    }
    connect(m_pageStack, &QStackedWidget::currentChanged, this, &MainWindow::updatePageStatus);
    connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::chooseLedger);

    m_centralStack->addWidget(m_welcomePage);
    m_centralStack->addWidget(m_pageStack);
    setCentralWidget(m_centralStack);

    m_companyLabel->setObjectName(u"companyNameLabel"_s);
    m_companyLabel->setContentsMargins(6, 0, 6, 0);
    m_pageStatusLabel->setObjectName(u"pageStatusLabel"_s);
    m_pageStatusLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->setObjectName(u"mainStatusBar"_s);
    statusBar()->addWidget(m_companyLabel, 1);
    statusBar()->addPermanentWidget(m_pageStatusLabel);

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
    m_openAction = new QAction(tr("&Open Ledger…"), this);
    m_openAction->setObjectName(u"openLedgerAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a company ledger file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseLedger);

    m_closeAction = new QAction(tr("&Close Ledger"), this);
    m_closeAction->setObjectName(u"closeLedgerAction"_s);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeLedger);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    // QKeySequence::Quit is empty on Windows; Ctrl+Q is what users of every platform try.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPage(m_customersPage);
        m_customersPage->focusSearch();
    });

    m_aboutAction = new QAction(tr("&About ARDesk"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Ctrl+1, Ctrl+2, ...: the pages in navigation order, as in browsers' tabs.
    auto* pageGroup = new QActionGroup(this);
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        LedgerPage* page = m_pages[i];
        auto* action = new QAction(page->title(), pageGroup);
        action->setObjectName(page->pageId() + u"PageAction"_s);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
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
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_closeAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"editMenu"_s);
    editMenu->addAction(m_findAction);

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

bool MainWindow::openLedger(const QString& path)
{
    auto session = LedgerSession::open(path);
    if (!session) {
        MessageBoxes::critical(this, tr("Cannot Open Ledger"),
                               ErrorMessages::openLedger(session.error(), path),
                               session.error().detail);
        return false;
    }
    // The pages let go of the old session before it is destroyed.
    for (LedgerPage* page : std::as_const(m_pages))
        page->setSession(nullptr);
    m_session = std::move(*session);
    for (LedgerPage* page : std::as_const(m_pages))
        page->setSession(m_session.get());
    if (m_remembersSettings)
        QSettings().setValue(lastLedgerKey, m_session->path());
    showLedger();
    return true;
}

void MainWindow::closeLedger()
{
    for (LedgerPage* page : std::as_const(m_pages))
        page->setSession(nullptr);
    m_session.reset();
    showLedger();
}

void MainWindow::openStartupLedger(const QString& requested)
{
    if (!requested.isEmpty()) {
        openLedger(requested);
        return;
    }
    const QString last = QSettings().value(lastLedgerKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openLedger(last);
        return;
    }
    const QString fallback = LedgerLocation::defaultPath();
    if (QFileInfo::exists(fallback))
        openLedger(fallback);
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

void MainWindow::chooseLedger()
{
    QString directory = QFileInfo(ledgerPath()).absolutePath();
    if (!m_session) {
        const QString last = QSettings().value(lastLedgerKey).toString();
        directory = last.isEmpty()
                        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                        : QFileInfo(last).absolutePath();
    }
    const QString path = FileDialogs::openLedger(this, directory);
    if (!path.isEmpty())
        openLedger(path);
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
    m_findAction->setEnabled(open);
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
