#pragma once

#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Who else has the ledger open: on a server, the database users of the other sessions on the
// ledger's database (ARDesk windows, ardesk-cli scripts, any other client). A user's own other
// sessions (a second window, the jobs of this one) are theirs, not somebody else's, and are
// left out. A file ledger has no sessions to ask about.
class ConnectedUsersRepository {
public:
    explicit ConnectedUsersRepository(Database& database);

    // Each user once, in code-point order; empty on a file ledger.
    Result<QStringList> otherUsers();

private:
    Database& m_database;
};

} // namespace ardesk
