#include "views/LedgerOpener.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>

#include "demo/DemoLedgerGenerator.h"
#include "dialogs/NewCompanyDialog.h"
#include "dialogs/ServerLedgerDialog.h"
#include "domain/Clock.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobRunner.h"
#include "ledger/LedgerLocation.h"
#include "session/LedgerSession.h"
#include "session/RecentLedgers.h"
#include "session/ServerLogin.h"
#include "session/ServerPasswords.h"
#include "storage/Database.h"
#include "text/ErrorMessages.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
const QString lastLedgerKey = u"ledger/last"_s;
} // namespace

LedgerOpener::LedgerOpener(QWidget* window,
                           std::function<void(std::unique_ptr<LedgerSession>)> show,
                           std::function<QString()> openPath)
    : QObject(window)
    , m_window(window)
    , m_show(std::move(show))
    , m_openPath(std::move(openPath))
    , m_demoJobs(new JobRunner(this))
{
    m_newAction = makeAction(tr("&New Company…"), u"newCompanyAction"_s,
                             tr("Start a new company ledger file"), QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &LedgerOpener::newCompany);

    m_openAction = makeAction(tr("&Open Ledger…"), u"openLedgerAction"_s,
                              tr("Open a company ledger file"), QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &LedgerOpener::chooseLedger);

    m_openServerAction =
        makeAction(tr("Open &Server Ledger…"), u"openServerLedgerAction"_s,
                   tr("Open a ledger kept on a PostgreSQL server, shared with other users"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openServerAction, &QAction::triggered, this, &LedgerOpener::openServerLedger);

    m_demoAction = makeAction(tr("Open &Demo Company"), u"openDemoAction"_s,
                              tr("Open a made-up company to try ARDesk without real data"), {});
    connect(m_demoAction, &QAction::triggered, this, &LedgerOpener::openDemoCompany);

    m_clearRecentAction = makeAction(tr("&Clear Menu"), u"clearRecentAction"_s, {}, {});
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentLedgers::clear();
        updateRecentMenu();
    });
}

QAction* LedgerOpener::makeAction(const QString& text, const QString& objectName,
                                  const QString& statusTip, const QKeySequence& shortcut)
{
    // Parented to the window, whose shortcuts they are.
    auto* action = new QAction(text, m_window);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    action->setShortcut(shortcut);
    return action;
}

void LedgerOpener::addActionsTo(QMenu& fileMenu)
{
    fileMenu.addAction(m_newAction);
    fileMenu.addAction(m_openAction);
    fileMenu.addAction(m_openServerAction);
    m_recentMenu = fileMenu.addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    // Files can go while the application runs: look again each time the menu opens.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &LedgerOpener::updateRecentMenu);
    updateRecentMenu();
    fileMenu.addAction(m_demoAction);
}

bool LedgerOpener::openLedger(const QString& path)
{
    if (Database::isServerLedger(path))
        return openServerAddress(path);
    return show(LedgerSession::open(path), path);
}

bool LedgerOpener::show(Result<std::unique_ptr<LedgerSession>> session, const QString& path)
{
    if (!session) {
        MessageBoxes::critical(m_window, tr("Cannot Open Ledger"),
                               ErrorMessages::openLedger(session.error(), path),
                               session.error().detail);
        return false;
    }
    const QString opened = (*session)->path();
    m_show(std::move(*session));
    if (m_remembersLedgers) {
        QSettings().setValue(lastLedgerKey, opened);
        RecentLedgers::add(opened);
        updateRecentMenu();
    }
    return true;
}

bool LedgerOpener::openServerAddress(const QString& address)
{
    const std::optional<ServerLogin> login = ServerLogin::fromAddress(address);
    if (!login) // not an address the dialog could fill in: the core says what is wrong with it
        return show(LedgerSession::open(address), address);
    // No password kept (or no keychain on this machine): libpq's PGPASSWORD or ~/.pgpass, or
    // a server that asks for none.
    const Result<QString> kept = ServerPasswords::read(*login);
    auto session = LedgerSession::open(address, kept.value_or(QString()));
    // Refused, or not reached: libpq says which only in words, in the user's language. The
    // dialog, filled in, says why and asks for the password again; a server back up takes the
    // same password again.
    if (!session && session.error().code == ErrorCode::ServerUnavailable)
        return askForServerLedger(*login, session.error(), kept.has_value());
    return show(std::move(session), address);
}

void LedgerOpener::openServerLedger()
{
    ServerLogin last;
    for (const QString& path : RecentLedgers::paths()) {
        if (const auto login = ServerLogin::fromAddress(path)) {
            last = *login;
            break;
        }
    }
    askForServerLedger(last, std::nullopt, false);
}

bool LedgerOpener::askForServerLedger(const ServerLogin& login, const std::optional<Error>& problem,
                                      bool rememberPassword)
{
    ServerLedgerDialog dialog(
        [this](const ServerLogin& entered, const QString& password, bool remember) {
            return openServer(entered, password, remember);
        },
        m_window);
    dialog.setLogin(login);
    dialog.setRememberPassword(rememberPassword);
    if (problem)
        dialog.showProblem(*problem);
    return dialog.exec() == QDialog::Accepted;
}

Result<void> LedgerOpener::openServer(const ServerLogin& login, const QString& password,
                                      bool rememberPassword)
{
    auto session = LedgerSession::open(login.address(), password);
    if (!session)
        return std::unexpected(session.error());
    keepPassword(login, password, rememberPassword);
    show(std::move(session), login.address());
    return {};
}

void LedgerOpener::keepPassword(const ServerLogin& login, const QString& password, bool remember)
{
    if (!remember || password.isEmpty()) {
        // Unticked: a password kept before goes too. There may be none, or no keychain.
        if (!remember)
            ServerPasswords::forget(login);
        return;
    }
    if (const Result<void> saved = ServerPasswords::save(login, password); !saved) {
        MessageBoxes::warning(m_window, tr("Password Not Remembered"),
                              tr("The ledger is open, but the system keychain did not take its "
                                 "password: ARDesk will ask for it next time."),
                              saved.error().detail);
    }
}

void LedgerOpener::openStartupLedger(const QString& requested)
{
    if (!requested.isEmpty()) {
        openLedger(requested);
        return;
    }
    // A server ledger is tried whatever the state of the server: if it cannot be reached, the
    // login dialog says so and lets the user try again or cancel.
    const QString last = QSettings().value(lastLedgerKey).toString();
    if (!last.isEmpty() && (Database::isServerLedger(last) || QFileInfo::exists(last))) {
        openLedger(last);
        return;
    }
    const QString fallback = LedgerLocation::defaultPath();
    if (QFileInfo::exists(fallback))
        openLedger(fallback);
}

void LedgerOpener::newCompany()
{
    NewCompanyDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        openLedger(dialog.ledgerPath());
}

void LedgerOpener::chooseLedger()
{
    // The folder of the ledger file open, else of the one opened last (a server's ledger has
    // none), else the documents folder.
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    for (const QString& ledger : {m_openPath(), QSettings().value(lastLedgerKey).toString()}) {
        if (!ledger.isEmpty() && !Database::isServerLedger(ledger)) {
            directory = QFileInfo(ledger).absolutePath();
            break;
        }
    }
    const QString path = FileDialogs::openLedger(m_window, directory);
    if (!path.isEmpty())
        openLedger(path);
}

void LedgerOpener::openDemoCompany()
{
    const QString path = LedgerLocation::demoPath();
    if (QFileInfo::exists(path)) {
        openLedger(path);
        return;
    }
    if (m_demoJobs->isRunning())
        return;
    m_demoAction->setEnabled(false);

    // The generator's default size (40 customers, 500 invoices over 18 months) takes about a
    // second: enough to see every page filled, not enough to need a real progress bar. The job
    // opens its own connection to the new file (one connection per thread) and removes the
    // file again on failure or cancel.
    auto* progress = new JobProgressDialog(m_demoJobs, tr("Open Demo Company"),
                                           tr("Creating the demo company…"), m_window);
    progress->setObjectName(u"demoProgressDialog"_s);
    DemoParameters parameters;
    parameters.today = Clock::today();
    m_demoJobs->start(
        [path, parameters](const JobControl& control) {
            return DemoLedgerGenerator::buildLedger(
                path, u"Brightwater Trading Ltd"_s, *CurrencyCode::fromCode(u"EUR"), parameters,
                [&control](DemoStage, qint64, qint64) { return !control.shouldStop(); });
        },
        [this, path](const Result<DemoCounts>& outcome) {
            m_demoAction->setEnabled(true);
            if (!outcome) {
                MessageBoxes::critical(m_window, tr("Cannot Create the Demo Company"),
                                       ErrorMessages::writeLedger(outcome.error(), path),
                                       outcome.error().detail);
                return;
            }
            if (!outcome->cancelled)
                openLedger(path);
        });
}

void LedgerOpener::updateRecentMenu()
{
    // The old entries go later, not now: this runs when one of them opened its ledger, and
    // deleting the action whose triggered() is still being delivered would pull it from under
    // QAction and QMenu ("Clear Menu" is kept for good).
    const QList<QAction*> entries = m_recentMenu->actions();
    for (QAction* entry : entries) {
        m_recentMenu->removeAction(entry);
        if (entry != m_clearRecentAction)
            entry->deleteLater();
    }
    const QStringList paths = RecentLedgers::paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        // A server's ledger by who logs in where (its address has no password either), a
        // file by its name.
        const std::optional<ServerLogin> login = ServerLogin::fromAddress(path);
        const QString name = login ? login->displayName() : QFileInfo(path).fileName();
        // &1 .. &8: the digit is the mnemonic, as in other applications' recent-file lists.
        QAction* action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(name));
        action->setObjectName(u"recentLedgerAction"_s);
        action->setData(path);
        action->setStatusTip(login ? path : QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openLedger(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!paths.isEmpty());
    m_recentMenu->setEnabled(!paths.isEmpty());
}

} // namespace ardesk
