#pragma once

#include <memory>

#include <QString>

#include "domain/Error.h"

class QSqlQuery;

namespace ardesk {

class Database;

// A statement prepared on first use and reused for the repository's lifetime (a bulk import
// runs the same INSERT a million times). Keeps QtSql out of repository headers, so code that
// includes them — services, the UI, the CLI — cannot reach for SQL.
class PreparedStatement {
public:
    PreparedStatement(Database& database, QString sql);
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement&) = delete;
    PreparedStatement& operator=(const PreparedStatement&) = delete;

    // The prepared query, ready for bind values.
    Result<QSqlQuery*> query();

private:
    Database& m_database;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace ardesk
