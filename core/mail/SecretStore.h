#pragma once

#include <QString>

#include "domain/Error.h"

namespace ardesk {

// Passwords in the operating system's keychain (Secret Service/KWallet, Windows Credential
// Manager, macOS Keychain) through QtKeychain, never in settings or the ledger. Each call waits
// for the keychain in a local event loop: the desktop keychain may ask the user to unlock it.
// Errors: NotFound when no secret is stored under the key; Io when there is no keychain (a
// headless machine without a Secret Service) or it refused, with its message as detail.
class SecretStore {
public:
    explicit SecretStore(QString service = QStringLiteral("ARDesk"));

    Result<QString> read(const QString& key) const;
    Result<void> write(const QString& key, const QString& secret) const;
    Result<void> remove(const QString& key) const;

private:
    QString m_service;
};

} // namespace ardesk
