#include "support/UserOverride.h"

#include <QtGlobal>

namespace ardesk::test {

UserOverride::UserOverride(const QByteArray& user)
    : m_wasSet(qEnvironmentVariableIsSet("USER"))
    , m_previous(qgetenv("USER"))
{
    qputenv("USER", user);
}

UserOverride::~UserOverride()
{
    if (m_wasSet)
        qputenv("USER", m_previous);
    else
        qunsetenv("USER");
}

} // namespace ardesk::test
