#pragma once

#include <optional>

#include <QString>

namespace ardesk {

class ServerAddress;

// The passwords given for server ledgers while this program runs, kept in its memory only. A
// ledger opened with a password is reached again by its address alone on every other
// connection (each job of the desktop app opens its own, on its own thread), as PGPASSWORD
// would let it, without the password travelling along with the address. Keyed by the login
// (user@host:port/database); safe to use from any thread.
class ServerLogins {
public:
    static void remember(const ServerAddress& address, const QString& password);
    static std::optional<QString> password(const ServerAddress& address);
    static void forget(const ServerAddress& address);
};

} // namespace ardesk
