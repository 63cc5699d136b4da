#pragma once

#include <optional>

#include <QList>

#include "domain/BankLine.h"
#include "domain/Error.h"
#include "storage/BankLineRepository.h"

namespace ardesk {

class Database;

// The bank lines as `bank lines` and the Bank page show them.
class BankLineService {
public:
    explicit BankLineService(Database& database);

    // In booking-date order; every line when `status` is empty.
    Result<QList<BankLine>> lines(std::optional<BankLineStatus> status);
    // The receipts still to apply (open lines), per currency, by currency code: the
    // dashboard's "Receipts to apply".
    Result<QList<BankLineTotal>> openTotals();

private:
    BankLineRepository m_lines;
};

} // namespace ardesk
