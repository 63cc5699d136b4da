#pragma once

#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Who else works on the open ledger, for a window to show: the other database users connected
// to a server ledger (see ConnectedUsersRepository); nobody on a file.
class ConnectedUsersService {
public:
    explicit ConnectedUsersService(Database& database);

    // Whether the ledger is shared through a server at all.
    bool isShared() const;
    // Each other user once, in code-point order.
    Result<QStringList> otherUsers();

private:
    Database& m_database;
};

} // namespace ardesk
