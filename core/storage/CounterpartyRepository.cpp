#include "storage/CounterpartyRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CounterpartyRepository::CounterpartyRepository(Database& database)
    : m_database(database)
{}

Result<QHash<QString, CustomerId>> CounterpartyRepository::all()
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, u"SELECT account, customer_id FROM counterparty_accounts"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(sql, u"reading the counterparty accounts"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int account = columns(u"account"_s);
    const int customer = columns(u"customer_id"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QHash<QString, CustomerId> accounts;
    while (sql.next())
        accounts.insert(sql.value(account).toString(),
                        CustomerId{sql.value(customer).toLongLong()});
    return accounts;
}

Result<void> CounterpartyRepository::remember(const QString& account, CustomerId customer)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(
            sql, u"INSERT INTO counterparty_accounts(account, customer_id, created_at) "
                 "VALUES (?, ?, "_s +
                     m_database.dialect().utcNow() +
                     u") ON CONFLICT(account) DO UPDATE SET customer_id = excluded.customer_id"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(account);
    sql.addBindValue(customer.value);
    return execute(sql, u"remembering account "_s + account);
}

} // namespace ardesk
