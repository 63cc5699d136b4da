// The PostgreSQL server the shared-ledger tests run against: started by the test on 127.0.0.1
// with a password, reached through Qt's QPSQL driver (Debian's libqt6sql6-psql), gone after.

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUuid>

#include "support/PostgresServer.h"
#include "support/ServerForTest.h"

using namespace Qt::StringLiterals;
using ardesk::test::PostgresServer;
using ardesk::test::startServerOrWarn;

namespace {

// A connection of its own name to the server, closed and removed with the object.
class Connection {
public:
    Connection(const PostgresServer& server, const QString& password)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        database.setHostName(server.host());
        database.setPort(server.port());
        database.setUserName(server.user());
        database.setPassword(password);
        database.setDatabaseName(server.database());
        m_opened = database.open();
        m_error = database.lastError().text();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool opened() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

QVariant single(QSqlDatabase database, const QString& sql)
{
    QSqlQuery query(database);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

} // namespace

TEST_CASE("A PostgreSQL server of the test's own is reached with its password and refuses a "
          "wrong one",
          "[postgres]")
{
    quint16 port = 0;
    {
        const auto server = startServerOrWarn();
        if (!server)
            return;
        port = static_cast<quint16>(server->port());

        Connection connection(*server, server->password());
        INFO(connection.error().toStdString());
        REQUIRE(connection.opened());
        CHECK(single(connection.database(), u"SELECT current_user"_s).toString() == server->user());
        CHECK(single(connection.database(), u"SHOW server_version_num"_s).toInt() >= 150000);
        CHECK(single(connection.database(), u"SHOW server_encoding"_s).toString() == u"UTF8"_s);

        // What the shared ledger relies on: a transaction rolled back leaves nothing behind.
        QSqlDatabase database = connection.database();
        QSqlQuery query(database);
        REQUIRE(query.exec(u"CREATE TABLE probe (id bigint PRIMARY KEY, name text NOT NULL)"_s));
        REQUIRE(database.transaction());
        REQUIRE(query.exec(u"INSERT INTO probe VALUES (1, 'Müller')"_s));
        REQUIRE(database.rollback());
        CHECK(single(database, u"SELECT count(*) FROM probe"_s).toInt() == 0);

        Connection wrong(*server, u"wrong"_s);
        CHECK_FALSE(wrong.opened());
        CHECK(wrong.error().contains(u"password authentication failed"_s));
    }
    // Stopped with the object: nothing listens on its port any more.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    CHECK_FALSE(socket.waitForConnected(5'000));
}
