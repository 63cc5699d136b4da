// The desktop app on a ledger kept on a PostgreSQL server (started by the test on 127.0.0.1):
// given the server's address as its ledger, the main window reads the lists and the dashboard
// from the server as it does from a file. File ▸ Open Server Ledger… opens one with the
// password typed in, which goes to the keychain (one of the test's own: KeychainSession) and
// never to the settings; Open Recent opens it again with the password from the keychain, and
// asks again when the server refuses it.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "FormDriving.h"
#include "KeychainSession.h"
#include "PagedListReading.h"
#include "ScreenshotFolder.h"
#include "demo/DemoLedgerGenerator.h"
#include "dialogs/ServerLedgerDialog.h"
#include "domain/Clock.h"
#include "jobs/JobRunner.h"
#include "models/CustomerListModel.h"
#include "models/InvoiceListModel.h"
#include "session/RecentLedgers.h"
#include "session/ServerLogin.h"
#include "session/ServerPasswords.h"
#include "session/UiLanguage.h"
#include "storage/ServerAddress.h"
#include "storage/ServerLogins.h"
#include "support/PostgresServer.h"
#include "support/ServerForTest.h"
#include "text/ErrorMessages.h"
#include "views/CustomersPage.h"
#include "views/DashboardPage.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::child;
using ardesk::test::KeychainSession;
using ardesk::test::PostgresServer;
using ardesk::test::startServerOrWarn;
using ardesk::test::type;
using ardesk::test::waitForCount;

namespace {

// The test's own keychain, started before anything could reach the session bus; nothing (and
// a warning) where it cannot run.
KeychainSession* keychain()
{
    QString whyNot;
    KeychainSession* session = KeychainSession::shared(whyNot);
    if (!session)
        WARN("no keychain of the test's own, the keychain's part is not checked: "
             << whyNot.toStdString());
    return session;
}

// A server of the test's own whose database "books" holds a small demo ledger. It is made with the
// password in PGPASSWORD, which then goes again: from there on only the password the desktop
// app gives (typed in, or from the keychain) logs in.
class ServerLedger {
public:
    static std::unique_ptr<ServerLedger> start()
    {
        auto server = startServerOrWarn();
        if (!server)
            return nullptr;
        std::unique_ptr<ServerLedger> ledger(new ServerLedger(std::move(server)));
        qputenv("PGPASSWORD", ledger->password().toUtf8());
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
            admin.setHostName(ledger->m_server->host());
            admin.setPort(ledger->m_server->port());
            admin.setUserName(ledger->m_server->user());
            admin.setDatabaseName(ledger->m_server->database());
            REQUIRE(admin.open());
            REQUIRE(QSqlQuery(admin).exec(u"CREATE DATABASE books"_s));
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
        const auto created = DemoLedgerGenerator::buildLedger(
            ledger->address(), u"Acme Ltd"_s, *CurrencyCode::fromCode(u"EUR"),
            DemoParameters{.customers = 3, .invoices = 10, .today = QDate(2026, 12, 6)});
        INFO((created ? QString() : created.error().detail).toStdString());
        REQUIRE(created);
        qunsetenv("PGPASSWORD");
        return ledger;
    }
    ~ServerLedger()
    {
        if (const auto address = ServerAddress::parse(this->address()))
            ServerLogins::forget(*address);
    }

    ServerLogin login() const
    {
        ServerLogin login;
        login.host = m_server->host();
        login.port = m_server->port();
        login.database = u"books"_s;
        login.user = m_server->user();
        login.tlsMode = u"disable"_s;
        return login;
    }
    QString address() const { return login().address(); }
    QString password() const { return m_server->password(); }
    // As after a restart of the program: it no longer knows the password it was given.
    void forgetPassword() const { ServerLogins::forget(*ServerAddress::parse(address())); }

private:
    explicit ServerLedger(std::unique_ptr<PostgresServer> server)
        : m_server(std::move(server))
    {}

    std::unique_ptr<PostgresServer> m_server;
};

// Fills in the dialog as a user would.
void fillIn(ServerLedgerDialog& dialog, const ServerLogin& login, const QString& password)
{
    type(dialog, u"hostLineEdit"_s, login.host);
    child<QSpinBox>(dialog, u"portSpinBox"_s)->setValue(login.port);
    type(dialog, u"databaseLineEdit"_s, login.database);
    type(dialog, u"userLineEdit"_s, login.user);
    auto* tlsMode = child<QComboBox>(dialog, u"tlsModeComboBox"_s);
    tlsMode->setCurrentIndex(tlsMode->findData(login.tlsMode));
    type(dialog, u"passwordLineEdit"_s, password);
}

void clickOpen(ServerLedgerDialog& dialog)
{
    auto* buttons = child<QDialogButtonBox>(dialog, u"serverLedgerButtonBox"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Answers the Open Server Ledger dialog once it is up: it is modal, and comes after other
// event loops have run (the keychain's), so the answer looks for it until it is there, then
// closes it if `answer` left it open. Only CHECKs inside: a REQUIRE cannot throw through the
// dialog's event loop.
class DialogAnswer {
public:
    explicit DialogAnswer(std::function<void(ServerLedgerDialog&)> answer)
        : m_answer(std::move(answer))
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            auto* dialog = qobject_cast<ServerLedgerDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_poll.stop();
            m_seen = true;
            m_answer(*dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        m_poll.start();
    }

    bool seen() const { return m_seen; }

private:
    std::function<void(ServerLedgerDialog&)> m_answer;
    QTimer m_poll;
    bool m_seen = false;
};

QAction* recentEntry(const MainWindow& window, const QString& path)
{
    auto* menu = child<QMenu>(window, u"recentMenu"_s);
    Q_EMIT menu->aboutToShow();
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == path)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The main window opens a ledger on a PostgreSQL server", "[ui][postgres]")
{
    keychain();
    const auto server = startServerOrWarn();
    if (!server)
        return;
    qputenv("PGPASSWORD", server->password().toUtf8());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setHostName(server->host());
        admin.setPort(server->port());
        admin.setUserName(server->user());
        admin.setDatabaseName(server->database());
        REQUIRE(admin.open());
        REQUIRE(QSqlQuery(admin).exec(u"CREATE DATABASE books"_s));
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    const QString address =
        u"postgresql://%1@%2:%3/books"_s.arg(server->user(), server->host()).arg(server->port());
    const QDate today(2026, 12, 6);
    const ClockOverride clock(today);
    const auto built = DemoLedgerGenerator::buildLedger(
        address, u"Brightwater Trading Ltd"_s, *CurrencyCode::fromCode(u"EUR"),
        DemoParameters{.customers = 40, .invoices = 500, .today = today});
    INFO((built ? QString() : built.error().detail).toStdString());
    REQUIRE(built);

    {
        MainWindow window;
        window.setRemembersSettings(false);
        REQUIRE(window.openLedger(address));
        window.resize(1200, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        window.showPage(window.invoicesPage());
        REQUIRE(waitForCount(*window.invoicesPage()->model()));
        CHECK(window.invoicesPage()->model()->matchingCount() == 500);
        window.showPage(window.customersPage());
        REQUIRE(waitForCount(*window.customersPage()->model()));
        CHECK(window.customersPage()->model()->matchingCount() == 40);
        DashboardPage* dashboard = window.dashboardPage();
        window.showPage(dashboard);
        REQUIRE(QTest::qWaitFor(
            [dashboard] { return dashboard->data().has_value() && dashboard->forecast(); },
            20'000));
    }
    // The window's jobs read the server on connections of their own: they end before the
    // server does, not halfway through a query it cuts off.
    JobRunner::waitForAllJobs();
    qunsetenv("PGPASSWORD");
}

TEST_CASE("A server login is the address the core opens, and is read back from one", "[ui]")
{
    ServerLogin login;
    login.host = u"db.office.lan"_s;
    login.database = u"acme"_s;
    login.user = u"anna"_s;
    CHECK(login.address() == u"postgresql://anna@db.office.lan/acme"_s);
    CHECK(login.key() == u"anna@db.office.lan:5432/acme"_s);
    CHECK(login.displayName() == u"anna@db.office.lan/acme"_s);
    CHECK(ServerPasswords::entryKey(login) == u"postgresql:anna@db.office.lan:5432/acme"_s);
    login.port = 6543;
    login.tlsMode = u"verify-full"_s;
    CHECK(login.address() == u"postgresql://anna@db.office.lan:6543/acme?sslmode=verify-full"_s);

    const auto read = ServerLogin::fromAddress(
        u"postgres://anna@db.office.lan:6543/acme?connect_timeout=5&sslmode=verify-full"_s);
    REQUIRE(read);
    CHECK(read->key() == login.key());
    CHECK(read->tlsMode == u"verify-full"_s);
    CHECK(ServerLogin::fromAddress(u"postgresql://anna@db.office.lan/acme"_s)->tlsMode ==
          u"prefer"_s);
    CHECK_FALSE(ServerLogin::fromAddress(u"/home/anna/acme.ardesk"_s));
    CHECK_FALSE(ServerLogin::fromAddress(u"postgresql://db.office.lan/acme"_s));
}

TEST_CASE("Open Server Ledger opens a server ledger with the password typed in, keeps it in "
          "the keychain and never in the settings, and Open Recent opens it again",
          "[ui][postgres]")
{
    KeychainSession* const ownKeychain = keychain();
    const auto server = ServerLedger::start();
    if (!server)
        return;
    REQUIRE(qEnvironmentVariableIsEmpty("PGPASSWORD"));
    RecentLedgers::clear();
    MainWindow window;

    const DialogAnswer answer([&server](ServerLedgerDialog& dialog) {
        fillIn(dialog, server->login(), server->password());
        child<QCheckBox>(dialog, u"rememberPasswordCheckBox"_s)->setChecked(true);
        clickOpen(dialog);
        CHECK_FALSE(dialog.isVisible());
    });
    child<QAction>(window, u"openServerLedgerAction"_s)->trigger();
    REQUIRE(answer.seen());
    CHECK(window.ledgerPath() == server->address());
    CHECK(window.companyName() == u"Acme Ltd"_s);
    CHECK_FALSE(window.windowTitle().contains(server->password()));
    // The list reads on a connection of its own, on a worker thread: it logs in too.
    window.showPage(window.customersPage());
    REQUIRE(waitForCount(*window.customersPage()->model()));
    CHECK(window.customersPage()->model()->matchingCount() == 3);
    CHECK(RecentLedgers::paths().value(0) == server->address());
    QAction* entry = recentEntry(window, server->address());
    REQUIRE(entry);
    CHECK(entry->text() == u"&1 %1@127.0.0.1/books"_s.arg(server->login().user));
    if (ownKeychain) {
        const Result<QString> kept = ServerPasswords::read(server->login());
        REQUIRE(kept);
        CHECK(*kept == server->password());
    }

    // The settings name the ledger, and hold no password: neither in a value nor in the file.
    QSettings settings;
    settings.sync();
    for (const QString& key : settings.allKeys()) {
        INFO(key.toStdString());
        CHECK_FALSE(settings.value(key).toStringList().join(u' ').contains(server->password()));
    }
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    CHECK(written.contains("127.0.0.1"));
    CHECK_FALSE(written.contains(server->password().toUtf8()));
    CHECK_FALSE(written.contains(QUrl::toPercentEncoding(server->password())));

    // Another day: the program knows no password; Open Recent takes the one in the keychain,
    // or, without a keychain, asks for it.
    window.closeLedger();
    server->forgetPassword();
    const DialogAnswer askedAgain([&server](ServerLedgerDialog& dialog) {
        CHECK(child<QLineEdit>(dialog, u"hostLineEdit"_s)->text() == server->login().host);
        CHECK(child<QLabel>(dialog, u"problemLabel"_s)->isVisibleTo(&dialog));
        type(dialog, u"passwordLineEdit"_s, server->password());
        clickOpen(dialog);
    });
    entry = recentEntry(window, server->address());
    REQUIRE(entry);
    entry->trigger();
    CHECK(window.ledgerPath() == server->address());
    CHECK(askedAgain.seen() == (ownKeychain == nullptr));

    // The next start opens the server ledger used last, as it would a file, with the password
    // in the keychain, or asking for it.
    const DialogAnswer askedAtStart([&server](ServerLedgerDialog& dialog) {
        type(dialog, u"passwordLineEdit"_s, server->password());
        clickOpen(dialog);
    });
    MainWindow next;
    next.openStartupLedger(QString());
    CHECK(next.ledgerPath() == server->address());
    CHECK(next.companyName() == u"Acme Ltd"_s);
    CHECK(askedAtStart.seen() == (ownKeychain == nullptr));
}

TEST_CASE("A password or a database the server refuses is said in the dialog, which keeps "
          "what was typed for another try",
          "[ui][postgres]")
{
    keychain();
    const auto server = ServerLedger::start();
    if (!server)
        return;
    MainWindow window;
    window.setRemembersSettings(false);

    const DialogAnswer answer([&server](ServerLedgerDialog& dialog) {
        ServerLogin missing = server->login();
        missing.database = u"no_books"_s;
        fillIn(dialog, missing, server->password());
        clickOpen(dialog);
        CHECK(dialog.isVisible());
        CHECK(child<QLabel>(dialog, u"problemLabel"_s)->text() ==
              ErrorMessages::openLedger({ErrorCode::LedgerMissing, {}}, missing.address()));
        CHECK(child<QLabel>(dialog, u"problemDetailLabel"_s)
                  ->text()
                  .contains(u"database \"no_books\" does not exist"_s));

        type(dialog, u"databaseLineEdit"_s, u"books"_s);
        type(dialog, u"passwordLineEdit"_s, u"wrong horse"_s);
        clickOpen(dialog);
        CHECK(dialog.isVisible());
        CHECK(child<QLabel>(dialog, u"problemLabel"_s)->text() ==
              ErrorMessages::openLedger({ErrorCode::ServerUnavailable, {}}, server->address()));
        const QString detail = child<QLabel>(dialog, u"problemDetailLabel"_s)->text();
        CHECK(detail.contains(u"password authentication failed"_s));
        CHECK_FALSE(detail.contains(u"wrong horse"_s));
        // Everything typed is still there, the refused password selected for typing again.
        CHECK(dialog.login().key() == server->login().key());
        CHECK(dialog.login().tlsMode == u"disable"_s);
        auto* password = child<QLineEdit>(dialog, u"passwordLineEdit"_s);
        CHECK(password->text() == u"wrong horse"_s);
        CHECK(password->selectedText() == u"wrong horse"_s);

        type(dialog, u"passwordLineEdit"_s, server->password());
        clickOpen(dialog);
        CHECK_FALSE(dialog.isVisible());
    });
    child<QAction>(window, u"openServerLedgerAction"_s)->trigger();
    REQUIRE(answer.seen());
    CHECK(window.ledgerPath() == server->address());
}

TEST_CASE("A password in the keychain that the server refuses is asked for again", "[ui][postgres]")
{
    if (!keychain())
        return;
    const auto server = ServerLedger::start();
    if (!server)
        return;
    REQUIRE(ServerPasswords::save(server->login(), u"last year's password"_s));
    MainWindow window;
    window.setRemembersSettings(false);

    const DialogAnswer answer([&server](ServerLedgerDialog& dialog) {
        CHECK(dialog.login().key() == server->login().key());
        CHECK(child<QLineEdit>(dialog, u"passwordLineEdit"_s)->text().isEmpty());
        CHECK(child<QCheckBox>(dialog, u"rememberPasswordCheckBox"_s)->isChecked());
        CHECK(child<QLabel>(dialog, u"problemLabel"_s)->text() ==
              ErrorMessages::openLedger({ErrorCode::ServerUnavailable, {}}, server->address()));
        type(dialog, u"passwordLineEdit"_s, server->password());
        clickOpen(dialog);
        CHECK_FALSE(dialog.isVisible());
    });
    CHECK(window.openLedger(server->address()));
    CHECK(answer.seen());
    CHECK(window.ledgerPath() == server->address());
    const Result<QString> kept = ServerPasswords::read(server->login());
    REQUIRE(kept);
    CHECK(*kept == server->password());
}

TEST_CASE("Pictures of the Open Server Ledger dialog in English and German", "[.][screenshots]")
{
    const auto dir = ardesk::test::screenshotFolder();
    if (!dir)
        return;
    ServerLogin login;
    login.host = u"db.office.lan"_s;
    login.database = u"acme"_s;
    login.user = u"anna"_s;
    for (const QString& language : {u"en"_s, u"de"_s}) {
        QTranslator translator;
        if (language != u"en"_s) {
            REQUIRE(UiLanguage::loadTranslation(translator, QLocale(language),
                                                QStringLiteral(ARDESK_QM_DIR)));
            QCoreApplication::installTranslator(&translator);
        }
        ServerLedgerDialog dialog([](const ServerLogin&, const QString&, bool) -> Result<void> {
            return fail(ErrorCode::ServerUnavailable, u"db.office.lan: password authentication "
                                                      "failed for user \"anna\""_s);
        });
        dialog.setLogin(login);
        type(dialog, u"passwordLineEdit"_s, u"secret"_s);
        clickOpen(dialog);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        REQUIRE(dialog.grab().save(dir->filePath(u"server-ledger-%1.png"_s.arg(language))));
        QCoreApplication::removeTranslator(&translator);
    }
}
