#include "storage/BankCsvProfileRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

BankCsvProfileRepository::BankCsvProfileRepository(Database& database)
    : m_database(database)
{}

Result<void> BankCsvProfileRepository::save(const QString& name, const QString& settings)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query, u"INSERT INTO bank_csv_profiles(name, settings, created_at, updated_at) "
                   "VALUES (?, ?, "_s +
                       m_database.dialect().utcNow() + u", "_s + m_database.dialect().utcNow() +
                       u") ON CONFLICT(name) DO UPDATE SET settings = excluded.settings, "
                       "updated_at = excluded.updated_at"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(textValue(name));
    query.addBindValue(textValue(settings));
    return execute(query, u"saving CSV profile "_s + name);
}

Result<std::optional<BankCsvProfileRepository::Row>>
BankCsvProfileRepository::find(const QString& name)
{
    QSqlQuery query(m_database.connection());
    if (auto ready =
            prepare(query, u"SELECT name, settings FROM bank_csv_profiles WHERE name = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(textValue(name));
    if (auto ok = execute(query, u"reading CSV profile "_s + name); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<Row>();
    return std::optional<Row>(Row{query.value(0).toString(), query.value(1).toString()});
}

Result<QList<BankCsvProfileRepository::Row>> BankCsvProfileRepository::list()
{
    QSqlQuery query(m_database.connection());
    if (auto ready =
            prepare(query, u"SELECT name, settings FROM bank_csv_profiles ORDER BY name"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(query, u"reading CSV profiles"_s); !ok)
        return std::unexpected(ok.error());
    QList<Row> rows;
    while (query.next())
        rows.append(Row{query.value(0).toString(), query.value(1).toString()});
    return rows;
}

} // namespace ardesk
