#pragma once

#include <memory>

#include <QString>
#include <QVariant>

#include "support/PostgresServer.h"

namespace ardesk::test {

// The server variant of the CLI tests (CTest's test_cli_server cases, whose environment sets
// ARDESK_CLI_TEST_SERVER=1): every CliLedgerDir keeps its ledger in a fresh database on one
// PostgreSQL server of the test process's own, started before the first test case and stopped
// after the last (a cluster takes about a second to start; a database a few milliseconds).
// The password is in the process's PGPASSWORD, which libpq reads, here and in the ardesk-cli
// children. Where no server can start, the process says why and exits with CTest's "skipped".
class CliServer {
public:
    static constexpr int skipped = 77;

    // Whether this run keeps its ledgers on a server.
    static bool isWanted();
    // The server of this run; only between the start and the end of a run that wants it.
    static CliServer& instance();

    const PostgresServer& server() const { return *m_server; }
    // A new empty database; its address (postgresql://USER@HOST:PORT/NAME).
    QString createDatabase();
    // Runs `sql` as the cluster's user on the database every cluster has; the first column of
    // its first row (an invalid QVariant when it returns none). The test fails if it fails.
    QVariant value(const QString& sql) const;

    // Called by the run's listener.
    static void startRun();
    static void endRun();

    ~CliServer();
    CliServer(const CliServer&) = delete;
    CliServer& operator=(const CliServer&) = delete;

private:
    explicit CliServer(std::unique_ptr<PostgresServer> server);

    std::unique_ptr<PostgresServer> m_server;
    QString m_connection;
    int m_databases = 0;
};

} // namespace ardesk::test
