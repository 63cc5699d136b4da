#include "session/ServerPasswords.h"

#include "mail/SecretStore.h"
#include "session/ServerLogin.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<QString> ServerPasswords::read(const ServerLogin& login)
{
    return SecretStore().read(entryKey(login));
}

Result<void> ServerPasswords::save(const ServerLogin& login, const QString& password)
{
    return SecretStore().write(entryKey(login), password);
}

Result<void> ServerPasswords::forget(const ServerLogin& login)
{
    return SecretStore().remove(entryKey(login));
}

QString ServerPasswords::entryKey(const ServerLogin& login)
{
    return u"postgresql:"_s + login.key();
}

} // namespace ardesk
