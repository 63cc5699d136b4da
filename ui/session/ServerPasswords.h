#pragma once

#include <QString>

#include "domain/Error.h"

namespace ardesk {

struct ServerLogin;

// The passwords of server ledgers in the operating system's keychain (through SecretStore),
// one entry per login under "postgresql:user@host:port/database"; never in the settings.
// Errors as SecretStore's: NotFound when none is kept for the login, Io when there is no
// keychain or it refused.
class ServerPasswords {
public:
    static Result<QString> read(const ServerLogin& login);
    static Result<void> save(const ServerLogin& login, const QString& password);
    static Result<void> forget(const ServerLogin& login);
    // The keychain entry of `login`.
    static QString entryKey(const ServerLogin& login);
};

} // namespace ardesk
