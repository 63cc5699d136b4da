#pragma once

#include <QDate>

#include "domain/Error.h"
#include "foresight/ForesightReport.h"

namespace ardesk {

class Database;

// How well the payment model would have done: fitted on what the ledger knew at the split, it
// predicts every item open at the split or issued after it up to `until`, and is compared with
// what happened, next to two baselines (`due_date`: paid on the due date; `customer_median`:
// paid the customer's median days after issue, so far). Nothing after the split reaches the
// model: it is fitted on payments dated on or before the split, and an item issued later is
// known only by its own dates and amount.
class Backtest {
public:
    explicit Backtest(Database& database);

    Result<BacktestReport> run(QDate split, QDate until, bool keepPredictions = false);

private:
    Database& m_database;
};

} // namespace ardesk
