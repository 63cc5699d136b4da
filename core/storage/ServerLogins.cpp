#include "storage/ServerLogins.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include "storage/ServerAddress.h"

namespace ardesk {

namespace {

struct Logins {
    QMutex mutex;
    QHash<QString, QString> passwords;
};

Logins& logins()
{
    static Logins instance;
    return instance;
}

} // namespace

void ServerLogins::remember(const ServerAddress& address, const QString& password)
{
    Logins& all = logins();
    const QMutexLocker lock(&all.mutex);
    all.passwords.insert(address.login(), password);
}

std::optional<QString> ServerLogins::password(const ServerAddress& address)
{
    Logins& all = logins();
    const QMutexLocker lock(&all.mutex);
    const auto found = all.passwords.constFind(address.login());
    if (found == all.passwords.cend())
        return std::nullopt;
    return *found;
}

void ServerLogins::forget(const ServerAddress& address)
{
    Logins& all = logins();
    const QMutexLocker lock(&all.mutex);
    all.passwords.remove(address.login());
}

} // namespace ardesk
