#pragma once

#include <optional>

#include <QString>

namespace ardesk {

// A ledger on a PostgreSQL server as File ▸ Open Server Ledger… asks for it: where, which
// database, who, and how the connection is encrypted. Never a password: that goes to the
// keychain (ServerPasswords) and to the server, never into an address, a setting or a title.
struct ServerLogin {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode: disable, prefer (libpq's default), require, verify-ca, verify-full.
    QString tlsMode = QStringLiteral("prefer");

    // The ledger's address, postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE], with the
    // port and TLS mode left out where they are libpq's defaults.
    QString address() const;
    // The login of a server ledger's address; nothing for a file's path or an address without
    // host, database or user. Connection parameters other than sslmode are not part of it.
    static std::optional<ServerLogin> fromAddress(const QString& address);
    // user@host:port/database: who logs in where, the key of its password.
    QString key() const;
    // user@host/database: how the recent-ledgers list names it.
    QString displayName() const;
    bool isComplete() const;
};

} // namespace ardesk
