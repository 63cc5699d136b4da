#include "SmtpOptions.h"

#include <QSettings>

#include "CliContext.h"
#include "mail/SecretStore.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

const QString hostOption = u"smtp-host"_s;
const QString portOption = u"smtp-port"_s;
const QString securityOption = u"smtp-security"_s;
const QString userOption = u"smtp-user"_s;
const QString caOption = u"smtp-ca"_s;
const QString fromOption = u"from"_s;

// The option's value, else the environment variable's; nullopt when neither is set.
std::optional<QString> valueOf(CliContext& context, const QString& option, const char* variable)
{
    QCommandLineParser& parser = context.parser();
    if (parser.isSet(option))
        return parser.value(option);
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    return std::nullopt;
}

} // namespace

void SmtpOptions::add(QCommandLineParser& parser)
{
    parser.addOption({hostOption, u"SMTP server for --send (or ARDESK_SMTP_HOST)."_s, u"HOST"_s});
    parser.addOption({portOption, u"SMTP port, default 587 (or ARDESK_SMTP_PORT)."_s, u"N"_s});
    parser.addOption({securityOption,
                      u"starttls (default), tls or none (or ARDESK_SMTP_SECURITY)."_s,
                      u"starttls|tls|none"_s});
    parser.addOption({userOption,
                      u"SMTP user; the password comes from ARDESK_SMTP_PASSWORD or the "
                      "keychain (or ARDESK_SMTP_USER)."_s,
                      u"USER"_s});
    parser.addOption({caOption,
                      u"Also trust the certificates in this PEM file (or ARDESK_SMTP_CA)."_s,
                      u"FILE"_s});
    parser.addOption({fromOption,
                      u"Sender address of the e-mails, default the company's (or "
                      "ARDESK_MAIL_FROM)."_s,
                      u"ADDRESS"_s});
}

std::optional<SmtpSettings> SmtpOptions::settings(CliContext& context)
{
    SmtpSettings smtp = SmtpSettings::load(QSettings());
    if (const auto host = valueOf(context, hostOption, "ARDESK_SMTP_HOST"))
        smtp.host = *host;
    if (smtp.host.isEmpty()) {
        context.usageError(u"--send needs an SMTP server: --smtp-host HOST"_s);
        return std::nullopt;
    }
    if (const auto port = valueOf(context, portOption, "ARDESK_SMTP_PORT")) {
        bool ok = false;
        const uint number = port->toUInt(&ok);
        if (!ok || number == 0 || number > 65535) {
            context.usageError(u"--smtp-port: expected 1 to 65535, got \"%1\""_s.arg(*port));
            return std::nullopt;
        }
        smtp.port = quint16(number);
    }
    if (const auto security = valueOf(context, securityOption, "ARDESK_SMTP_SECURITY")) {
        if (*security == u"starttls"_s) {
            smtp.security = SmtpSecurity::StartTls;
        } else if (*security == u"tls"_s) {
            smtp.security = SmtpSecurity::ImplicitTls;
        } else if (*security == u"none"_s) {
            smtp.security = SmtpSecurity::None;
        } else {
            context.usageError(
                u"--smtp-security: expected starttls, tls or none, got \"%1\""_s.arg(*security));
            return std::nullopt;
        }
    }
    if (const auto user = valueOf(context, userOption, "ARDESK_SMTP_USER"))
        smtp.user = *user;
    if (const auto ca = valueOf(context, caOption, "ARDESK_SMTP_CA"))
        smtp.trustedCertificatesFile = *ca;
    return smtp;
}

QString SmtpOptions::sender(CliContext& context, const QString& companyEmail)
{
    return valueOf(context, fromOption, "ARDESK_MAIL_FROM").value_or(companyEmail).trimmed();
}

Result<QString> SmtpOptions::password(const SmtpSettings& settings)
{
    if (settings.user.isEmpty())
        return QString();
    if (qEnvironmentVariableIsSet("ARDESK_SMTP_PASSWORD"))
        return qEnvironmentVariable("ARDESK_SMTP_PASSWORD");
    const auto stored = SecretStore().read(settings.secretKey());
    if (!stored)
        return fail(stored.error().code,
                    u"no password for %1: set ARDESK_SMTP_PASSWORD or save it in the desktop "
                    "app (%2)"_s.arg(settings.secretKey(), stored.error().detail));
    return stored;
}

} // namespace ardesk::cli
