#pragma once

#include <optional>

#include <QString>

#include "domain/Error.h"

namespace ardesk {

// Where a ledger on a PostgreSQL server lives: postgresql://USER@HOST[:PORT]/DBNAME, with
// libpq's connection parameters as a query (?sslmode=verify-full&connect_timeout=5). The
// password is never part of it: libpq reads PGPASSWORD and ~/.pgpass, and the GUI passes the
// one it keeps in the OS keychain.
class ServerAddress {
public:
    // Whether `ledger` names a server rather than a file (by its scheme).
    static bool isServerAddress(const QString& ledger);
    static Result<ServerAddress> parse(const QString& ledger);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    // libpq keywords for the driver, separated by ';' ("sslmode=require;connect_timeout=5").
    QString connectOptions() const { return m_options; }
    // The address as users write it, for messages.
    QString display() const { return m_display; }
    // Who logs in where, without the connection parameters: user@host:port/database, the key
    // under which a password is kept.
    QString login() const;

private:
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_options;
    QString m_display;
};

} // namespace ardesk
