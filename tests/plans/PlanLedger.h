#pragma once

#include <string>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "plans/PlanReport.h"
#include "support/ServiceLedger.h"

namespace ardesk::test {

// A ServiceLedger with plan customers C1 "Alpha" and C2 "Beta" (EUR, 30 days) and their
// invoices, plus the plan service and the contract's plan CSVs:
//   INV-1  C1 issued 2025-01-01, due 2025-01-31, 600.00
//   INV-2  C1 issued 2025-01-10, due 2025-02-09, 400.00
//   INV-3  C1 issued 2025-01-20, due 2025-02-19,  50.00 (never put on a plan here)
//   INV-9  C2 issued 2025-01-05, due 2025-02-04, 300.00
class PlanLedger : public ServiceLedger {
public:
    PlanLedger();

    // plan create --customer C --invoices N1,N2 (or --all-open for an empty list)
    // --installments K --frequency monthly --first-due FIRST --date DATE.
    static PlanRequest request(const QString& customer, const QStringList& invoices, int k,
                               const char* firstDue, const char* date);

    // The plan must be accepted; returns its id.
    qint64 create(const PlanRequest& request);
    // plan create's refusal, which must leave the ledger as it was.
    Error refusal(const PlanRequest& request);

    // Payments, in file row order: "payment_id,customer_id,date,amount,invoice_number,plan_id".
    void pay(const QByteArray& rows);

    // `plan show ID --as-of DATE` and `plan list --as-of DATE` as the CLI writes them.
    std::string show(qint64 plan, const char* asOf);
    std::string list(const char* asOf);
    PlanView view(qint64 plan, const char* asOf);
};

} // namespace ardesk::test
