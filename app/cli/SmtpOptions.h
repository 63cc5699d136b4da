#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QString>

#include "domain/Error.h"
#include "mail/SmtpSettings.h"

namespace ardesk::cli {

class CliContext;

// The SMTP server of `reminders --send`. Each setting comes from its option, else from its
// environment variable, else from the desktop app's settings (SmtpSettings::load):
//   --smtp-host HOST      ARDESK_SMTP_HOST
//   --smtp-port N         ARDESK_SMTP_PORT      (default 587)
//   --smtp-security S     ARDESK_SMTP_SECURITY  starttls (default), tls or none
//   --smtp-user USER      ARDESK_SMTP_USER      (none: no AUTH)
//   --smtp-ca FILE        ARDESK_SMTP_CA        extra trusted certificates (PEM)
//   --from ADDRESS        ARDESK_MAIL_FROM      (default: the ledger's company e-mail)
// The password is never an option, which any user could read in `ps`: it comes from
// ARDESK_SMTP_PASSWORD (scripts, tests) or else the keychain entry the desktop app saved.
class SmtpOptions {
public:
    static void add(QCommandLineParser& parser);

    // nullopt after a usage error on stderr (no host, a bad port or security).
    static std::optional<SmtpSettings> settings(CliContext& context);
    // The sender address: --from, ARDESK_MAIL_FROM or `companyEmail`; empty when none.
    static QString sender(CliContext& context, const QString& companyEmail);
    // Empty without a user (no AUTH). Io when the keychain cannot be asked, NotFound when it
    // holds no password for the account.
    static Result<QString> password(const SmtpSettings& settings);
};

} // namespace ardesk::cli
