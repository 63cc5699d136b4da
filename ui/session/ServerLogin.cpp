#include "session/ServerLogin.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
constexpr int defaultPort = 5432;
const QString defaultTlsMode = u"prefer"_s;
const QString tlsModeKey = u"sslmode"_s;
} // namespace

QString ServerLogin::address() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    if (port != defaultPort)
        url.setPort(port);
    url.setPath(u'/' + database);
    if (tlsMode != defaultTlsMode) {
        QUrlQuery query;
        query.addQueryItem(tlsModeKey, tlsMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

std::optional<ServerLogin> ServerLogin::fromAddress(const QString& address)
{
    if (!address.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) &&
        !address.startsWith(u"postgres://"_s, Qt::CaseInsensitive))
        return std::nullopt;
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    ServerLogin login;
    login.host = url.host();
    login.port = url.port(defaultPort);
    login.database = url.path().mid(1);
    login.user = url.userName();
    const QUrlQuery query(url);
    if (query.hasQueryItem(tlsModeKey))
        login.tlsMode = query.queryItemValue(tlsModeKey);
    if (!login.isComplete())
        return std::nullopt;
    return login;
}

QString ServerLogin::key() const
{
    return u"%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

QString ServerLogin::displayName() const
{
    return u"%1@%2/%3"_s.arg(user, host, database);
}

bool ServerLogin::isComplete() const
{
    return !host.isEmpty() && !database.isEmpty() && !user.isEmpty() && port > 0;
}

} // namespace ardesk
