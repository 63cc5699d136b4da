#include "storage/ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// libpq's parameters a user may set in the address; everything else (host, user, password,
// dbname) has its own place or is refused.
const QStringList allowedParameters{
    u"sslmode"_s,    u"sslrootcert"_s,     u"sslcert"_s,          u"sslkey"_s,
    u"sslcrl"_s,     u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s,
    u"keepalives"_s, u"keepalives_idle"_s,
};

Error badAddress(const QString& ledger, const QString& why)
{
    // A password typed into the address is not repeated in the message (or a log of it).
    const QString shown = QUrl(ledger).adjusted(QUrl::RemovePassword).toString();
    return {ErrorCode::InvalidArgument, u"%1: not a server ledger address (%2); expected "
                                        "postgresql://USER@HOST[:PORT]/DBNAME"_s.arg(shown, why)};
}

} // namespace

bool ServerAddress::isServerAddress(const QString& ledger)
{
    return ledger.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           ledger.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& ledger)
{
    if (!isServerAddress(ledger))
        return std::unexpected(badAddress(ledger, u"it must start with postgresql://"_s));
    const QUrl url(ledger, QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(badAddress(ledger, url.errorString()));
    if (!url.password().isEmpty()) {
        return std::unexpected(badAddress(
            ledger, u"a password does not belong in the address: set PGPASSWORD or ~/.pgpass"_s));
    }
    ServerAddress address;
    address.m_user = url.userName();
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_database = url.path().mid(1);
    if (address.m_host.isEmpty())
        return std::unexpected(badAddress(ledger, u"no host"_s));
    if (address.m_database.isEmpty() || address.m_database.contains(u'/'))
        return std::unexpected(badAddress(ledger, u"no database name"_s));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (!allowedParameters.contains(key))
            return std::unexpected(badAddress(ledger, u"unknown parameter %1"_s.arg(key)));
        if (value.contains(u';') || value.contains(u' '))
            return std::unexpected(badAddress(ledger, u"bad value of %1"_s.arg(key)));
        options.append(key + u'=' + value);
    }
    address.m_options = options.join(u';');
    QUrl shown = url;
    shown.setScheme(u"postgresql"_s);
    address.m_display = shown.toString();
    return address;
}

QString ServerAddress::login() const
{
    return u"%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_database);
}

} // namespace ardesk
