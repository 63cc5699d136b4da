#include "CliServer.h"

#include <cstdio>
#include <cstdlib>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

std::unique_ptr<CliServer>& current()
{
    static std::unique_ptr<CliServer> server;
    return server;
}

[[noreturn]] void skipRun(const QString& why)
{
    std::fprintf(stderr, "CLI tests on a server: skipped: %s\n", qPrintable(why));
    std::exit(CliServer::skipped);
}

// Starts the server before the first test case of a run that wants it and stops it after the
// last, while the application object the SQL driver needs is still there.
class CliServerListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override
    {
        TestEventListenerBase::testRunStarting(info);
        if (CliServer::isWanted())
            CliServer::startRun();
    }
    void testRunEnded(const Catch::TestRunStats& stats) override
    {
        CliServer::endRun();
        TestEventListenerBase::testRunEnded(stats);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(CliServerListener)

bool CliServer::isWanted()
{
    return qEnvironmentVariableIntValue("ARDESK_CLI_TEST_SERVER") == 1;
}

CliServer& CliServer::instance()
{
    REQUIRE(current());
    return *current();
}

void CliServer::startRun()
{
    QString whyNot;
    auto server = PostgresServer::start(whyNot);
    if (!server)
        skipRun(whyNot);
    current().reset(new CliServer(std::move(server)));
}

void CliServer::endRun()
{
    current().reset();
}

CliServer::CliServer(std::unique_ptr<PostgresServer> server)
    : m_server(std::move(server))
    , m_connection(u"cli-server"_s)
{
    qputenv("PGPASSWORD", m_server->password().toUtf8());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    db.setHostName(m_server->host());
    db.setPort(m_server->port());
    db.setUserName(m_server->user());
    db.setDatabaseName(m_server->database());
    if (!db.open())
        skipRun(u"cannot log in to the test's server: "_s + db.lastError().text());
}

CliServer::~CliServer()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    qunsetenv("PGPASSWORD");
}

QString CliServer::createDatabase()
{
    const QString name = u"ledger_%1"_s.arg(++m_databases);
    value(u"CREATE DATABASE "_s + name);
    return u"postgresql://%1@%2:%3/%4"_s.arg(m_server->user(), m_server->host())
        .arg(m_server->port())
        .arg(name);
}

QVariant CliServer::value(const QString& sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const bool done = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(done);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace ardesk::test
