#include "ledger/ConnectedUsersService.h"

#include "storage/ConnectedUsersRepository.h"
#include "storage/Database.h"

namespace ardesk {

ConnectedUsersService::ConnectedUsersService(Database& database)
    : m_database(database)
{}

bool ConnectedUsersService::isShared() const
{
    return Database::isServerLedger(m_database.path());
}

Result<QStringList> ConnectedUsersService::otherUsers()
{
    return ConnectedUsersRepository(m_database).otherUsers();
}

} // namespace ardesk
