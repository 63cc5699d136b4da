#include "support/SharedLedgerServer.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

const QString ledgerDatabase = u"books"_s;

QStringList run(const PostgresServer& server, const QString& database, const QString& sql)
{
    static int connections = 0;
    const QString name = u"shared-ledger-admin-%1"_s.arg(++connections);
    QStringList column;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.user());
        db.setPassword(server.password());
        db.setDatabaseName(database);
        REQUIRE(db.open());
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ok);
        while (query.next())
            column.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return column;
}

} // namespace

std::unique_ptr<SharedLedgerServer> SharedLedgerServer::start(QString& whyNot)
{
    auto server = PostgresServer::start(whyNot);
    if (!server)
        return nullptr;
    run(*server, server->database(), u"CREATE DATABASE "_s + ledgerDatabase);
    return std::unique_ptr<SharedLedgerServer>(new SharedLedgerServer(std::move(server)));
}

SharedLedgerServer::SharedLedgerServer(std::unique_ptr<PostgresServer> server)
    : m_server(std::move(server))
{
    qputenv("PGPASSWORD", m_server->password().toUtf8());
}

SharedLedgerServer::~SharedLedgerServer()
{
    qunsetenv("PGPASSWORD");
}

QString SharedLedgerServer::address(const QString& user) const
{
    return u"postgresql://%1@%2:%3/%4"_s
        .arg(user.isEmpty() ? m_server->user() : user, m_server->host())
        .arg(m_server->port())
        .arg(ledgerDatabase);
}

void SharedLedgerServer::addUser(const QString& name)
{
    QString password = m_server->password();
    password.replace(u'\'', u"''"_s);
    query(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(name, password));
    query(u"GRANT ALL ON ALL TABLES IN SCHEMA public TO "_s + name);
    query(u"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "_s + name);
}

QStringList SharedLedgerServer::query(const QString& sql) const
{
    return run(*m_server, ledgerDatabase, sql);
}

} // namespace ardesk::test
