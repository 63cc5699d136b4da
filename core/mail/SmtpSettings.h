#pragma once

#include <QString>

class QSettings;

namespace ardesk {

// How the connection is protected. StartTls (submission, port 587) and ImplicitTls (port 465)
// never fall back to plain text; None is for a relay on the local machine or network.
enum class SmtpSecurity { None, StartTls, ImplicitTls };

// Where and how to send mail. The password is never part of it: it lives in the OS keychain
// (SecretStore, under secretKey()) and is handed to SmtpClient for one send.
struct SmtpSettings {
    QString host;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty: no AUTH
    QString from; // the e-mails' sender address; empty: the company's
    // Opt-in trust for a server with a self-signed certificate: a PEM file whose certificates
    // are accepted as authorities besides the system's. Verification, host name included, stays.
    QString trustedCertificatesFile;
    int connectTimeoutMs = 15'000;
    int replyTimeoutMs = 60'000; // per reply; long enough for a slow DATA acceptance

    // The keychain entry of this account's password: "smtp:user@host:port".
    QString secretKey() const;

    // Under the "smtp/" group of per-user settings; timeouts are not user settings.
    static SmtpSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace ardesk
