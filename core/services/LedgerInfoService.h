#pragma once

#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// Ledger-wide settings for readers outside core/storage (the UI): the company the ledger
// belongs to and its home currency.
class LedgerInfoService {
public:
    explicit LedgerInfoService(Database& database);

    Result<QString> companyName();
    Result<CurrencyCode> currency();

private:
    Database& m_database;
};

} // namespace ardesk
