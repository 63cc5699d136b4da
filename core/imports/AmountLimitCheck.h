#pragma once

#include <optional>

#include <QString>

#include "domain/AmountLimit.h"
#include "domain/Error.h"
#include "imports/ImportRow.h"

namespace ardesk {

// Counts a row's amount into the import's running total of the table `repository` writes
// (read from the ledger at the first row), and marks the row's amount column when it would
// carry the table past AmountLimit: the file is refused with that line, nothing wraps.
template <typename Repository>
Result<void> checkAmountLimit(ImportRow& row, std::optional<AmountLimit>& limit,
                              Repository& repository, qint64 amountMinor, CurrencyCode currency,
                              const QString& documents)
{
    if (!limit) {
        const auto stored = repository.amountTotal();
        if (!stored)
            return std::unexpected(stored.error());
        limit.emplace(*stored);
    }
    if (!limit->add(amountMinor))
        row.error(QStringLiteral("amount"), AmountLimit::problem(documents, currency));
    return {};
}

} // namespace ardesk
