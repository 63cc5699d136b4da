#include "storage/ReadSnapshot.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<ReadSnapshot> ReadSnapshot::begin(Database& database)
{
    if (database.inTransaction()) {
        return fail(ErrorCode::Storage,
                    database.path() + u": a read snapshot cannot start inside a transaction"_s);
    }
    QSqlQuery query(database.connection());
    for (const QString& statement : database.dialect().beginReading()) {
        if (auto ok = executeDirectly(query, statement, database.path() + u": reading"_s); !ok)
            return std::unexpected(ok.error());
    }
    return ReadSnapshot(&database);
}

ReadSnapshot::ReadSnapshot(Database* database)
    : m_database(database)
{}

ReadSnapshot::ReadSnapshot(ReadSnapshot&& other) noexcept
    : m_database(other.m_database)
{
    other.m_database = nullptr;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_database)
        return;
    QSqlQuery query(m_database->connection());
    query.exec(u"ROLLBACK"_s);
}

} // namespace ardesk
