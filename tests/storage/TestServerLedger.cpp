// A ledger on a PostgreSQL server (started by the test on 127.0.0.1): created in an empty
// database, opened, refused with a clear reason when it is not there, not ours, too new, or
// the server cannot be reached or refuses the login; an ARDesk transaction on one holds the
// ledger's write lock.

#include <catch2/catch.hpp>

#include <thread>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>

#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/ServerLogins.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "support/PostgresServer.h"

using namespace Qt::StringLiterals;
using ardesk::Database;
using ardesk::ErrorCode;
using ardesk::ServerAddress;
using ardesk::ServerLogins;
using ardesk::test::PostgresServer;

namespace {

// The server of the test, its password where libpq reads it, and a fresh database per name.
class Server {
public:
    static std::unique_ptr<Server> start()
    {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
            WARN("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql): skipped");
            return nullptr;
        }
        QString whyNot;
        auto server = PostgresServer::start(whyNot);
        if (!server) {
            WARN("no PostgreSQL server for the test: " << whyNot.toStdString());
            return nullptr;
        }
        return std::unique_ptr<Server>(new Server(std::move(server)));
    }
    ~Server() { qunsetenv("PGPASSWORD"); }

    QString password() const { return m_server->password(); }

    QString address(const QString& database) const
    {
        return u"postgresql://%1@%2:%3/%4"_s.arg(m_server->user(), m_server->host())
            .arg(m_server->port())
            .arg(database);
    }
    // A new empty database; its address.
    QString createDatabase(const QString& name) const
    {
        exec(m_server->database(), u"CREATE DATABASE "_s + name);
        return address(name);
    }
    void exec(const QString& database, const QString& sql) const
    {
        const QString connection = u"raw-"_s + database;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            db.setHostName(m_server->host());
            db.setPort(m_server->port());
            db.setUserName(m_server->user());
            db.setPassword(m_server->password());
            db.setDatabaseName(database);
            REQUIRE(db.open());
            QSqlQuery query(db);
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        QSqlDatabase::removeDatabase(connection);
    }

private:
    explicit Server(std::unique_ptr<PostgresServer> server)
        : m_server(std::move(server))
    {
        qputenv("PGPASSWORD", m_server->password().toUtf8());
    }

    std::unique_ptr<PostgresServer> m_server;
};

} // namespace

TEST_CASE("A server ledger's address names user, host, port and database, never a password",
          "[postgres]")
{
    const auto address =
        ServerAddress::parse(u"postgresql://clerk@db.example.org:6543/acme?sslmode=verify-full"_s);
    REQUIRE(address);
    CHECK(address->user() == u"clerk"_s);
    CHECK(address->host() == u"db.example.org"_s);
    CHECK(address->port() == 6543);
    CHECK(address->database() == u"acme"_s);
    CHECK(address->connectOptions() == u"sslmode=verify-full"_s);
    CHECK(address->login() == u"clerk@db.example.org:6543/acme"_s);
    CHECK(ServerAddress::parse(u"postgresql://clerk@db/acme"_s)->port() == 5432);

    const auto withPassword = ServerAddress::parse(u"postgresql://clerk:secret@db/acme"_s);
    REQUIRE_FALSE(withPassword);
    CHECK(withPassword.error().detail.contains(u"PGPASSWORD"_s));
    CHECK_FALSE(withPassword.error().detail.contains(u"secret"_s));
    CHECK_FALSE(ServerAddress::parse(u"postgresql://clerk@db/"_s));
    CHECK_FALSE(ServerAddress::parse(u"postgresql://clerk@db/acme?password=x"_s));
    CHECK_FALSE(ServerAddress::parse(u"postgresql://clerk@db/acme?sslmode=require;x=1"_s));
    CHECK(Database::isServerLedger(u"postgresql://clerk@db/acme"_s));
    CHECK_FALSE(Database::isServerLedger(u"/home/clerk/postgresql.ardesk"_s));
}

TEST_CASE("A server ledger is created in an empty database and opened again", "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString address = server->createDatabase(u"books"_s);

    const auto missing = Database::open(address);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::LedgerMissing);
    CHECK(missing.error().detail.contains(u"ardesk-cli init"_s));

    {
        const auto created = Database::create(address);
        INFO((created ? QString() : created.error().detail).toStdString());
        REQUIRE(created);
        CHECK((*created)->schemaVersion() == Database::latestSchemaVersion());
        CHECK((*created)->dialect().isServer());
    }
    const auto again = Database::create(address);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AlreadyExists);

    const auto opened = Database::open(address);
    INFO((opened ? QString() : opened.error().detail).toStdString());
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A database that is not an ARDesk ledger, or one from a newer ARDesk, is refused "
          "untouched",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString foreign = server->createDatabase(u"foreign_books"_s);
    server->exec(u"foreign_books"_s, u"CREATE TABLE accounts (id integer)"_s);
    const auto notOurs = Database::open(foreign);
    REQUIRE_FALSE(notOurs);
    CHECK(notOurs.error().code == ErrorCode::LedgerCorrupt);
    const auto overwrite = Database::create(foreign);
    REQUIRE_FALSE(overwrite);
    CHECK(overwrite.error().code == ErrorCode::AlreadyExists);

    const QString newer = server->createDatabase(u"newer_books"_s);
    REQUIRE(Database::create(newer));
    server->exec(u"newer_books"_s, u"UPDATE ardesk_schema SET version = 9999"_s);
    const auto tooNew = Database::open(newer);
    REQUIRE_FALSE(tooNew);
    CHECK(tooNew.error().code == ErrorCode::LedgerTooNew);
    CHECK(tooNew.error().detail.contains(u"schema 9999"_s));
    server->exec(u"newer_books"_s,
                 u"DO $$ BEGIN IF (SELECT version FROM ardesk_schema) <> 9999 THEN "
                 "RAISE 'touched'; END IF; END $$"_s);
}

TEST_CASE("An unreachable server, a wrong password and a missing database are told apart",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const auto missing = Database::open(server->address(u"no_such_books"_s));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::LedgerMissing);
    CHECK(missing.error().detail.contains(u"no_such_books"_s));
    CHECK(missing.error().detail.contains(u"does not exist"_s));

    qputenv("PGPASSWORD", "wrong");
    const auto refused = Database::open(server->address(u"postgres"_s));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::ServerUnavailable);
    CHECK(refused.error().detail.contains(u"password authentication failed"_s));

    // A port nobody listens on: bound and closed again here.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    const auto unreachable = Database::open(
        u"postgresql://ardesk@127.0.0.1:%1/books?connect_timeout=5"_s.arg(closedPort));
    REQUIRE_FALSE(unreachable);
    CHECK(unreachable.error().code == ErrorCode::ServerUnavailable);
    CHECK(unreachable.error().detail.contains(u"127.0.0.1"_s));
}

TEST_CASE("A password given with a server ledger's address logs in, and the program's later "
          "connections to that ledger use it without being given it",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString address = server->createDatabase(u"given_books"_s);
    REQUIRE(Database::create(address));
    qunsetenv("PGPASSWORD");

    // Nothing in PGPASSWORD and nothing given: the server's refusal.
    const auto none = Database::open(address);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::ServerUnavailable);

    const auto wrong = Database::open(address, u"wrong horse"_s);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::ServerUnavailable);
    CHECK(wrong.error().detail.contains(u"password authentication failed"_s));
    CHECK_FALSE(wrong.error().detail.contains(u"wrong horse"_s));
    // A refused password is not kept for later.
    CHECK_FALSE(Database::open(address));

    const auto given = Database::open(address, server->password());
    INFO((given ? QString() : given.error().detail).toStdString());
    REQUIRE(given);
    CHECK((*given)->path() == address);
    CHECK_FALSE((*given)->path().contains(server->password()));

    // Another connection on another thread (as each job of the desktop app opens) by the
    // address alone; and with its parameters, which name the same login.
    for (const QString& again : QStringList{address, address + u"?connect_timeout=5"_s}) {
        bool opened = false;
        std::thread([&again, &opened] { opened = Database::open(again).has_value(); }).join();
        CHECK(opened);
    }

    // Once forgotten (a new start of the program), the address alone is refused again.
    ServerLogins::forget(*ServerAddress::parse(address));
    const auto forgotten = Database::open(address);
    REQUIRE_FALSE(forgotten);
    CHECK(forgotten.error().code == ErrorCode::ServerUnavailable);
}
