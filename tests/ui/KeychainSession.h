#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ardesk::test {

// A keychain of the test's own: a private D-Bus session bus with gnome-keyring-daemon's Secret
// Service on it, unlocked with a throwaway password, its keyring in a temporary folder; never
// the user's. The process's DBUS_SESSION_BUS_ADDRESS points at it, so it must start before
// anything in the process has used the session bus, and once per process (`shared`). Stopped
// with the process.
class KeychainSession {
public:
    // The process's keychain, started on first use; nothing, with the reason in `whyNot`, where
    // dbus-daemon or gnome-keyring-daemon is missing or does not come up.
    static KeychainSession* shared(QString& whyNot);
    ~KeychainSession();
    KeychainSession(const KeychainSession&) = delete;
    KeychainSession& operator=(const KeychainSession&) = delete;

private:
    KeychainSession() = default;
    bool start(QString& whyNot);

    QTemporaryDir m_folder;
    QProcess m_bus;
    QProcess m_keyring;
};

} // namespace ardesk::test
