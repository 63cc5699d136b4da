#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/BankLine.h"
#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "domain/Ids.h"
#include "storage/PreparedStatement.h"

namespace ardesk {

class Database;

// The open lines of one currency: how many, and what they add up to.
struct BankLineTotal {
    CurrencyCode currency;
    qint64 count = 0;
    qint64 amountMinor = 0;
};

// The bank lines to apply, each stored once per account and identity.
class BankLineRepository {
public:
    explicit BankLineRepository(Database& database);

    // The line of `account` with `identity`, if the ledger has it.
    Result<std::optional<BankLineId>> find(BankAccountId account, const QString& identity);
    Result<BankLineId> insert(BankAccountId account, BankStatementId statement,
                              const BankLine& line);
    // In booking-date order (then as imported); every line when `status` is empty.
    Result<QList<BankLine>> list(std::optional<BankLineStatus> status);
    Result<std::optional<BankLine>> byId(BankLineId id);
    // The open lines per currency, by currency code; none when nothing is open.
    Result<QList<BankLineTotal>> openTotals();
    // Moves an open line to `status` (with the reason of an ignored one); false when the line
    // is not open (any more): it was posted or ignored before, perhaps by another run.
    Result<bool> close(BankLineId id, BankLineStatus status, const QString& reason = {});

private:
    Database& m_database;
    PreparedStatement m_find;
    PreparedStatement m_insert;
};

} // namespace ardesk
