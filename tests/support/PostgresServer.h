#pragma once

#include <memory>

#include <QString>
#include <QTemporaryDir>

namespace ardesk::test {

// A PostgreSQL server of the test's own on 127.0.0.1: a fresh cluster in a temporary folder, a
// free port, one user with a password (SCRAM over TCP, as a shared office server would ask),
// stopped and removed with the object. Never the machine's own cluster. PostgreSQL refuses to
// run as root, so under root it runs as "nobody" through setpriv.
class PostgresServer {
public:
    // The server, or nothing with the reason in `whyNot` when Qt's QPSQL driver or PostgreSQL's
    // programs (or, under root, setpriv) are not on this machine or the cluster does not start.
    static std::unique_ptr<PostgresServer> start(QString& whyNot);
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    // The database every cluster has; tests create their own beside it.
    QString database() const { return m_database; }

private:
    PostgresServer() = default;

    QTemporaryDir m_folder;
    QString m_host = QStringLiteral("127.0.0.1");
    int m_port = 0;
    QString m_user = QStringLiteral("ardesk");
    QString m_password = QStringLiteral("correct horse");
    QString m_database = QStringLiteral("postgres");
    bool m_running = false;
};

} // namespace ardesk::test
