#include "storage/PreparedStatement.h"

#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

PreparedStatement::PreparedStatement(Database& database, QString sql)
    : m_database(database)
    , m_sql(std::move(sql))
{}

PreparedStatement::~PreparedStatement() = default;

Result<QSqlQuery*> PreparedStatement::query()
{
    if (m_query)
        return m_query.get();
    auto query = std::make_unique<QSqlQuery>(m_database.connection());
    query->setForwardOnly(true);
    if (auto ready = prepare(*query, m_sql); !ready)
        return std::unexpected(ready.error());
    m_query = std::move(query);
    return m_query.get();
}

} // namespace ardesk
