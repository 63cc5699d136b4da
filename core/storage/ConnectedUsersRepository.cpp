#include "storage/ConnectedUsersRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ConnectedUsersRepository::ConnectedUsersRepository(Database& database)
    : m_database(database)
{}

Result<QStringList> ConnectedUsersRepository::otherUsers()
{
    if (!m_database.dialect().isServer())
        return QStringList();
    // Every user may read who is connected to which database; what the others' sessions do
    // (their state, query, backend_type) only a privileged user may. The server's own
    // workers have no user.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT usename::text COLLATE \"C\" AS name FROM pg_stat_activity "
                    "WHERE datname = current_database() AND usename IS NOT NULL "
                    "AND usename <> current_user ORDER BY 1"_s))
        return std::unexpected(storageError(query.lastError(), m_database.path()));
    QStringList users;
    while (query.next())
        users.append(query.value(0).toString());
    return users;
}

} // namespace ardesk
