#pragma once

#include <memory>

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include "imports/ImportIssue.h"
#include "imports/ImportKind.h"
#include "storage/Database.h"
#include "support/PostgresServer.h"
#include "support/ServerForTest.h"

// What the tests of ledgers on a PostgreSQL server share: the server, started by the test on
// 127.0.0.1, and reading and importing files on its ledgers.
namespace ardesk::test {

using namespace Qt::StringLiterals;

// The server of the test, its password where libpq reads it, and a fresh database per name.
class Server {
public:
    static std::unique_ptr<Server> start()
    {
        auto server = startServerOrWarn();
        if (!server)
            return nullptr;
        return std::unique_ptr<Server>(new Server(std::move(server)));
    }
    ~Server() { qunsetenv("PGPASSWORD"); }

    QString user() const { return m_server->user(); }
    QString password() const { return m_server->password(); }

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

// `bytes` as the file `name` in `folder`; its path.
QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes);

// Every row `select` gives, as text: its columns joined by '|', SQL NULL as "NULL".
QStringList rows(Database& ledger, const QString& select);

// A native import of `file` into `ledger`; the report, issues and all (the test fails when the
// import cannot run at all).
ImportReport import(Database& ledger, ImportKind kind, const QString& file);

} // namespace ardesk::test
