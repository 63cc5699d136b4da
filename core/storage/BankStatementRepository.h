#pragma once

#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "domain/Ids.h"

namespace ardesk {

class Database;

// The accounts statements name and the statements imported for them, kept for the record.
class BankStatementRepository {
public:
    explicit BankStatementRepository(Database& database);

    // The id of `account`, which is added, in `currency`, the first time a statement names it.
    Result<BankAccountId> account(const QString& account, CurrencyCode currency);
    Result<BankStatementId> insert(BankAccountId account, const QString& format,
                                   const QString& statementId, const QString& fileName);

private:
    Database& m_database;
};

} // namespace ardesk
