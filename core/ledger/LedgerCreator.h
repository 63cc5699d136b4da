#pragma once

#include <memory>

#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "storage/Database.h"

namespace ardesk {

// Creates a new company ledger file with its name and home currency, or nothing at all.
class LedgerCreator {
public:
    static Result<std::unique_ptr<Database>> create(const QString& path, const QString& company,
                                                    CurrencyCode currency);
};

} // namespace ardesk
