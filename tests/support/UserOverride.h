#pragma once

#include <QByteArray>

namespace ardesk::test {

// Logs "somebody else" in for a scope: the operating system's user a file ledger's audit trail
// names (Database::changesMadeBy reads USER first), put back as it was at the end.
class UserOverride {
public:
    explicit UserOverride(const QByteArray& user);
    ~UserOverride();
    UserOverride(const UserOverride&) = delete;
    UserOverride& operator=(const UserOverride&) = delete;

private:
    bool m_wasSet;
    QByteArray m_previous;
};

} // namespace ardesk::test
