// A ledger on a PostgreSQL server (started by the test on 127.0.0.1): created in an empty
// database, opened, refused with a clear reason when it is not there, not ours, too new, or
// the server cannot be reached or refuses the login; an ARDesk transaction on one holds the
// ledger's write lock; each change is recorded with the database user who made it.

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include "domain/AuditEntry.h"
#include "imports/NativeImporter.h"
#include "ledger/AuditTrailService.h"
#include "ledger/CustomerService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "ledger/LedgerCreator.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "support/PostgresServer.h"

using namespace Qt::StringLiterals;
using ardesk::Database;
using ardesk::ErrorCode;
using ardesk::ServerAddress;
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

    // As the server's own user, or as `user` (a role the test created with the same password).
    QString address(const QString& database, const QString& user = {}) const
    {
        return u"postgresql://%1@%2:%3/%4"_s
            .arg(user.isEmpty() ? m_server->user() : user, m_server->host())
            .arg(m_server->port())
            .arg(database);
    }
    // A new empty database; its address.
    QString createDatabase(const QString& name) const
    {
        exec(m_server->database(), u"CREATE DATABASE "_s + name);
        return address(name);
    }
    QString user() const { return m_server->user(); }
    QString password() const { return m_server->password(); }
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

TEST_CASE("On a server each change names the database user who made it", "[postgres][audit]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString address = server->createDatabase(u"shared_books"_s);
    auto first = ardesk::LedgerCreator::create(address, u"Shared Books"_s,
                                               *ardesk::CurrencyCode::fromCode(u"EUR"));
    INFO((first ? QString() : first.error().detail).toStdString());
    REQUIRE(first);
    // A second bookkeeper with a login of her own, a member of the role that owns the ledger
    // (an import sets the owner's indexes aside).
    server->exec(u"shared_books"_s,
                 u"CREATE ROLE clerk_b LOGIN PASSWORD '%1'"_s.arg(server->password()));
    server->exec(u"shared_books"_s, u"GRANT %1 TO clerk_b"_s.arg(server->user()));
    auto second = Database::open(server->address(u"shared_books"_s, u"clerk_b"_s));
    INFO((second ? QString() : second.error().detail).toStdString());
    REQUIRE(second);

    QTemporaryDir files;
    const auto load = [&files](Database& database, ardesk::ImportKind kind, const QByteArray& csv) {
        const QString path = files.filePath(u"input.csv"_s);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(csv) == csv.size());
        file.close();
        const auto report = ardesk::NativeImporter(database).run(kind, path, {});
        INFO((report ? QString() : report.error().detail).toStdString());
        REQUIRE(report);
        REQUIRE(report->issues.isEmpty());
    };
    load(**first, ardesk::ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    load(**first, ardesk::ImportKind::Invoices,
         "invoice_number,customer_id,issue_date,due_date,amount\n"
         "INV-1,C1,2025-03-01,2025-03-31,100.00\nINV-2,C1,2025-03-05,2025-04-04,60.00\n");
    load(**second, ardesk::ImportKind::Payments,
         "payment_id,customer_id,date,amount,invoice_number\nP-1,C1,2025-03-10,100.00,INV-1\n");
    REQUIRE(ardesk::InvoiceCorrectionService(**second).voidInvoice(u"INV-2"_s, QDate(2025, 4, 1),
                                                                   u"sent twice"_s));

    const auto customer = ardesk::CustomerService(**first).findByCode(u"C1"_s);
    REQUIRE(customer);
    const auto trail = ardesk::AuditTrailService(**first).forCustomer(customer->id, 100);
    REQUIRE(trail);
    QStringList lines;
    for (const ardesk::AuditEntry& entry : *trail) {
        CHECK(entry.madeAt.isValid());
        CHECK(entry.madeAt >= trail->last().madeAt); // newest first, by the server's clock
        lines.append(entry.madeBy + u' ' + entry.document + u' ' + entry.related);
    }
    const QString a = server->user();
    CHECK(lines == QStringList{u"clerk_b INV-2 "_s, u"clerk_b P-1 INV-1"_s, u"clerk_b P-1 "_s,
                               a + u" INV-2 "_s, a + u" INV-1 "_s, a + u" C1 "_s});
    CHECK(trail->first().action == ardesk::AuditEntry::Action::Voided);
    CHECK(trail->at(1).action == ardesk::AuditEntry::Action::Allocated);
}
