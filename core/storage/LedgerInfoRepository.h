#pragma once

#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// Ledger-wide settings stored in the ledger itself: company name and home currency.
class LedgerInfoRepository {
public:
    explicit LedgerInfoRepository(Database& database);

    Result<QString> companyName();
    Result<CurrencyCode> currency();

    Result<void> setCompanyName(const QString& name);
    Result<void> setCurrency(CurrencyCode currency);

private:
    Result<QString> value(const QString& key);
    Result<void> setValue(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace ardesk
