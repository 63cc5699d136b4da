#include "storage/LedgerInfoRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
const QString companyKey = u"company_name"_s;
const QString currencyKey = u"currency"_s;
} // namespace

LedgerInfoRepository::LedgerInfoRepository(Database& database)
    : m_database(database)
{}

Result<QString> LedgerInfoRepository::value(const QString& key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT value FROM ledger_info WHERE key = ?"_s);
    query.addBindValue(key);
    if (auto ok = execute(query, u"reading ledger settings"_s); !ok)
        return std::unexpected(ok.error());
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> LedgerInfoRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO ledger_info(key, value) VALUES (?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return execute(query, u"saving ledger settings"_s);
}

Result<QString> LedgerInfoRepository::companyName()
{
    return value(companyKey);
}

Result<CurrencyCode> LedgerInfoRepository::currency()
{
    auto code = value(currencyKey);
    if (!code)
        return std::unexpected(code.error());
    if (auto currency = CurrencyCode::fromCode(*code))
        return *currency;
    return fail(ErrorCode::LedgerCorrupt, u"the ledger has no valid home currency"_s);
}

Result<void> LedgerInfoRepository::setCompanyName(const QString& name)
{
    return setValue(companyKey, name);
}

Result<void> LedgerInfoRepository::setCurrency(CurrencyCode currency)
{
    return setValue(currencyKey, currency.code());
}

} // namespace ardesk
