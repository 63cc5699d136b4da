// A ledger on a PostgreSQL server (started by the test on 127.0.0.1): created in an empty
// database, opened, refused with a clear reason when it is not there, not ours, too new, or
// the server cannot be reached or refuses the login; an ARDesk transaction on one holds the
// ledger's write lock; a ledger copied there is written whole or not at all, and back.

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QVariant>

#include "imports/ImportKind.h"
#include "storage/Database.h"
#include "storage/LedgerCopier.h"
#include "storage/LedgerTables.h"
#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "support/PostgresServer.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using ardesk::Database;
using ardesk::ErrorCode;
using ardesk::ImportKind;
using ardesk::LedgerCopier;
using ardesk::LedgerTables;
using ardesk::ServerAddress;
using ardesk::test::PostgresServer;
using ardesk::test::ServiceLedger;

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
    void exec(const QString& database, const QString& sql) const { value(database, sql); }
    // The first column of the statement's first row (an invalid value when it has none).
    QVariant value(const QString& database, const QString& sql) const
    {
        const QString connection = u"raw-"_s + database;
        QVariant result;
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
            if (query.next())
                result = query.value(0);
        }
        QSqlDatabase::removeDatabase(connection);
        return result;
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

TEST_CASE("A ledger copied onto a server is one transaction with its schema, and its ids go on "
          "from the largest copied",
          "[postgres][copy]")
{
    const auto server = Server::start();
    if (!server)
        return;
    ServiceLedger file;
    file.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\nC3,Gamma\n");
    file.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                    "INV-1,C1,2026-01-05,100.00\nINV-2,C3,2026-01-09,70.00\n");
    file.load(ImportKind::Payments, "payment_id,customer_id,date,amount\nP1,C3,2026-02-01,30.00\n");
    const QString address = server->createDatabase(u"copied_books"_s);
    const QString noTables =
        u"DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()) "
        "<> 0 THEN RAISE 'tables left behind'; END IF; END $$"_s;

    // Cancelled after its schema and some rows were written: the database is as empty as before.
    const auto cancelled =
        LedgerCopier(file.database()).copyTo(address, [](const QString& table, qint64) {
            return table != u"invoices"_s;
        });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().detail.contains(u"cancelled"_s));
    server->exec(u"copied_books"_s, noTables);

    const auto copied = LedgerCopier(file.database()).copyTo(address);
    INFO((copied ? QString() : copied.error().detail).toStdString());
    REQUIRE(copied);
    CHECK(copied->schemaVersion == Database::latestSchemaVersion());
    {
        const auto opened = Database::open(address);
        REQUIRE(opened);
        CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
        CHECK(LedgerTables::checkAgainst(**opened));
    }
    // The keys set aside for the load are all back, as a new ledger has them.
    const QString schemaKeys =
        u"SELECT string_agg(k, '; ' ORDER BY k) FROM (SELECT conrelid::regclass || ' ' || conname "
        "|| ' ' || pg_get_constraintdef(oid) AS k FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace) AS c"_s;
    const QString created = server->createDatabase(u"created_books"_s);
    REQUIRE(Database::create(created));
    const QString keys = server->value(u"copied_books"_s, schemaKeys).toString();
    CHECK(keys.count(u"FOREIGN KEY"_s) >= 20);
    CHECK(keys.toStdString() ==
          server->value(u"created_books"_s, schemaKeys).toString().toStdString());

    // The id triggers give a new row the largest id plus one, as SQLite does in the file.
    server->exec(u"copied_books"_s, u"INSERT INTO customers(code, name, currency, created_at) "
                                    "VALUES ('C4', 'Delta', 'EUR', '2026-03-01T00:00:00Z')"_s);
    server->exec(u"copied_books"_s,
                 u"DO $$ BEGIN IF (SELECT id FROM customers WHERE code = 'C4') <> 4 "
                 "OR (SELECT id FROM invoices WHERE number = 'INV-2') <> 2 THEN "
                 "RAISE 'ids changed'; END IF; END $$"_s);

    // A ledger there already, or tables of something else: refused, left as they are.
    const auto onLedger = LedgerCopier(file.database()).copyTo(address);
    REQUIRE_FALSE(onLedger);
    CHECK(onLedger.error().code == ErrorCode::AlreadyExists);
    const QString foreign = server->createDatabase(u"foreign_copy"_s);
    server->exec(u"foreign_copy"_s, u"CREATE TABLE notes (id integer)"_s);
    const auto onForeign = LedgerCopier(file.database()).copyTo(foreign);
    REQUIRE_FALSE(onForeign);
    CHECK(onForeign.error().detail.contains(u"holds tables already"_s));
    server->exec(u"foreign_copy"_s, u"DROP TABLE notes"_s);
    server->exec(u"foreign_copy"_s, noTables);

    // And back into a new file, from the server's snapshot.
    const QString back = file.dir() + u"/back.ardesk"_s;
    {
        const auto opened = Database::open(address);
        REQUIRE(opened);
        const auto returned = LedgerCopier(**opened).copyTo(back);
        INFO((returned ? QString() : returned.error().detail).toStdString());
        REQUIRE(returned);
        CHECK(returned->rows == copied->rows + 1);
    }
    const auto reopened = Database::open(back);
    REQUIRE(reopened);
    CHECK((*reopened)->schemaVersion() == Database::latestSchemaVersion());
}
