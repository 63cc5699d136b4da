#pragma once

#include <memory>

#include <QString>
#include <QStringList>

#include "support/PostgresServer.h"

namespace ardesk::test {

// A PostgreSQL server of the test's own with one empty database, "books", for tests of several
// sessions, and several users, on one shared ledger. Its password is where libpq reads it
// (PGPASSWORD) while the object lives; every user added logs in with the same one.
class SharedLedgerServer {
public:
    // Nothing, with the reason in `whyNot`, when Qt's QPSQL driver or PostgreSQL is missing.
    static std::unique_ptr<SharedLedgerServer> start(QString& whyNot);
    ~SharedLedgerServer();
    SharedLedgerServer(const SharedLedgerServer&) = delete;
    SharedLedgerServer& operator=(const SharedLedgerServer&) = delete;

    // The ledger's address for `user`, the server's own user when empty.
    QString address(const QString& user = {}) const;
    // A user who logs in and may read and write the tables of the ledger, once it exists.
    void addUser(const QString& name);
    // Runs `sql` on the ledger's database as the server's superuser; the test fails if it
    // fails. The first column of the rows it returns.
    QStringList query(const QString& sql) const;

private:
    explicit SharedLedgerServer(std::unique_ptr<PostgresServer> server);

    std::unique_ptr<PostgresServer> m_server;
};

} // namespace ardesk::test
