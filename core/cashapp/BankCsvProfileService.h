#pragma once

#include <QList>
#include <QString>

#include "bank/BankCsvProfile.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// The bank CSV column profiles saved in the ledger: `bank csv-profile save|list` and the
// profile `bank import --csv-profile NAME` reads a file with.
class BankCsvProfileService {
public:
    explicit BankCsvProfileService(Database& database);

    // Refuses an incomplete profile (InvalidArgument); replaces one of the same name.
    Result<void> save(const BankCsvProfile& profile);
    // NotFound, naming the saved profiles, when there is none of that name.
    Result<BankCsvProfile> find(const QString& name);
    Result<QList<BankCsvProfile>> list();

private:
    Database& m_database;
};

} // namespace ardesk
