#include "storage/BankStatementRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

BankStatementRepository::BankStatementRepository(Database& database)
    : m_database(database)
{}

Result<BankAccountId> BankStatementRepository::account(const QString& account,
                                                       CurrencyCode currency)
{
    QSqlQuery insert(m_database.connection());
    if (auto ready = prepare(
            insert, u"INSERT INTO bank_accounts(account, currency, created_at) VALUES (?, ?, "_s +
                        m_database.dialect().utcNow() + u") ON CONFLICT(account) DO NOTHING"_s);
        !ready)
        return std::unexpected(ready.error());
    insert.addBindValue(textValue(account));
    insert.addBindValue(currency.code());
    if (auto ok = execute(insert, u"saving bank account "_s + account); !ok)
        return std::unexpected(ok.error());
    QSqlQuery find(m_database.connection());
    if (auto ready = prepare(find, u"SELECT id FROM bank_accounts WHERE account = ?"_s); !ready)
        return std::unexpected(ready.error());
    find.addBindValue(textValue(account));
    if (auto ok = execute(find, u"reading bank account "_s + account); !ok)
        return std::unexpected(ok.error());
    const auto id = singleValue<qint64>(find, u"id"_s);
    if (!id)
        return std::unexpected(id.error());
    return BankAccountId{*id};
}

Result<BankStatementId> BankStatementRepository::insert(BankAccountId account,
                                                        const QString& format,
                                                        const QString& statementId,
                                                        const QString& fileName)
{
    QSqlQuery insert(m_database.connection());
    if (auto ready = prepare(
            insert, u"INSERT INTO bank_statements(account_id, format, statement_id, file_name, "
                    "created_at) VALUES (?, ?, ?, ?, "_s +
                        m_database.dialect().utcNow() + u")"_s +
                        m_database.dialect().returningId());
        !ready)
        return std::unexpected(ready.error());
    insert.addBindValue(account.value);
    insert.addBindValue(textValue(format));
    insert.addBindValue(textValue(statementId));
    insert.addBindValue(textValue(fileName));
    if (auto ok = execute(insert, u"saving a bank statement"_s); !ok)
        return std::unexpected(ok.error());
    return BankStatementId{m_database.dialect().insertedId(insert).value_or(0)};
}

} // namespace ardesk
