#include "mail/SmtpSettings.h"

#include <QSettings>

namespace ardesk {

namespace {

QString securityName(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return QStringLiteral("none");
    case SmtpSecurity::ImplicitTls:
        return QStringLiteral("tls");
    case SmtpSecurity::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

SmtpSecurity securityFromName(const QString& name)
{
    if (name == QLatin1String("none"))
        return SmtpSecurity::None;
    if (name == QLatin1String("tls"))
        return SmtpSecurity::ImplicitTls;
    return SmtpSecurity::StartTls;
}

} // namespace

QString SmtpSettings::secretKey() const
{
    return QStringLiteral("smtp:%1@%2:%3").arg(user, host).arg(port);
}

SmtpSettings SmtpSettings::load(const QSettings& settings)
{
    SmtpSettings smtp;
    smtp.host = settings.value(QStringLiteral("smtp/host")).toString();
    smtp.port =
        static_cast<quint16>(settings.value(QStringLiteral("smtp/port"), smtp.port).toUInt());
    smtp.security = securityFromName(settings.value(QStringLiteral("smtp/security")).toString());
    smtp.user = settings.value(QStringLiteral("smtp/user")).toString();
    smtp.from = settings.value(QStringLiteral("smtp/from")).toString();
    smtp.trustedCertificatesFile =
        settings.value(QStringLiteral("smtp/trustedCertificatesFile")).toString();
    return smtp;
}

void SmtpSettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("smtp/host"), host);
    settings.setValue(QStringLiteral("smtp/port"), port);
    settings.setValue(QStringLiteral("smtp/security"), securityName(security));
    settings.setValue(QStringLiteral("smtp/user"), user);
    settings.setValue(QStringLiteral("smtp/from"), from);
    settings.setValue(QStringLiteral("smtp/trustedCertificatesFile"), trustedCertificatesFile);
}

} // namespace ardesk
