#pragma once

#include <memory>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "foresight/ForesightData.h"
#include "foresight/ForesightReport.h"
#include "foresight/PaymentModel.h"

namespace ardesk {

class Database;

// Foresight as of a date: when each open item will be paid and how likely late, each
// customer's risk, and the cash to expect per week or month. Only what the ledger knew on the
// date is used: items issued by then, payments, write-offs, plans, reminders, promises and
// disputes dated on or before it (the aging's as-of rule).
class ForesightService {
public:
    explicit ForesightService(Database& database);
    ~ForesightService();

    // One row per open item, by customer code, due date, document; `customerCode` keeps one
    // customer's (NotFound when there is no such customer).
    Result<QList<Prediction>> predict(QDate asOf, const QString& customerCode = {});
    // Every customer with something open, riskiest first (then larger open amount, code).
    Result<QList<CustomerRisk>> risk(QDate asOf);
    // predict() and risk() of one reading of the ledger, for a view that shows both.
    Result<ForesightOverview> overview(QDate asOf);
    // `count` periods from the day after `asOf`, each currency with something open.
    Result<QList<ForecastRow>> forecast(QDate asOf, ForecastPeriod period, int count);

private:
    struct Snapshot;
    Result<std::unique_ptr<Snapshot>> snapshot(QDate asOf);
    Result<QList<Prediction>> predictions(const Snapshot& snapshot, int onlyCustomer);
    Result<QList<CustomerRisk>> risksOf(const Snapshot& snapshot, const QList<Prediction>& all,
                                        QDate asOf);

    Database& m_database;
};

} // namespace ardesk
