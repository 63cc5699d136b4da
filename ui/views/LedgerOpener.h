#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QString>

#include "domain/Error.h"

class QAction;
class QKeySequence;
class QMenu;
class QWidget;

namespace ardesk {

class JobRunner;
class LedgerSession;
struct ServerLogin;

// The ways to a ledger in the File menu: New Company…, Open Ledger…, Open Server Ledger…,
// Open Recent and Open Demo Company, and the ledger at start-up. Opens the ledger, a server's
// with the password kept in the keychain or asked for (the Open Server Ledger dialog, again
// when the server refuses it); says why when a ledger cannot be opened; keeps the recent list;
// and hands each ledger opened to the window through `show`.
class LedgerOpener : public QObject {
    Q_OBJECT

public:
    // `show` puts the ledger in the window in place of the one open; `openPath` names the one
    // open (empty when none).
    LedgerOpener(QWidget* window, std::function<void(std::unique_ptr<LedgerSession>)> show,
                 std::function<QString()> openPath);

    // New Company…, Open Ledger…, Open Server Ledger…, Open Recent, Open Demo Company.
    void addActionsTo(QMenu& fileMenu);

    // Opens the ledger at `path` (a file, or a server's address) in place of the current one.
    // On failure, says why in a message box (a server that refused the password or was not
    // reached: in the dialog, which asks for the password again) and keeps the current ledger.
    bool openLedger(const QString& path);
    // At start-up: `requested` (from the command line) if given; else the ledger file used
    // last, else the default ledger the command-line tool uses, if they exist; else nothing.
    void openStartupLedger(const QString& requested);
    // Asks for a new company's name, currency and file, creates the ledger and opens it.
    void newCompany();
    void chooseLedger();
    // The Open Server Ledger dialog, filled in with the server ledger opened last.
    void openServerLedger();
    // Opens the demo company, generating it first (off the UI thread) when it does not exist.
    void openDemoCompany();

    // Whether a ledger opened goes into the recent list and is opened at the next start; off
    // for one-off runs such as screenshots.
    void setRemembersLedgers(bool remember) { m_remembersLedgers = remember; }

private:
    QAction* makeAction(const QString& text, const QString& objectName, const QString& statusTip,
                        const QKeySequence& shortcut);
    bool show(Result<std::unique_ptr<LedgerSession>> session, const QString& path);
    bool openServerAddress(const QString& address);
    bool askForServerLedger(const ServerLogin& login, const std::optional<Error>& problem,
                            bool rememberPassword);
    Result<void> openServer(const ServerLogin& login, const QString& password,
                            bool rememberPassword);
    void keepPassword(const ServerLogin& login, const QString& password, bool remember);
    void updateRecentMenu();

    QWidget* m_window;
    std::function<void(std::unique_ptr<LedgerSession>)> m_show;
    std::function<QString()> m_openPath;
    JobRunner* m_demoJobs;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_openServerAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_remembersLedgers = true;
};

} // namespace ardesk
