#pragma once

#include <QDate>
#include <QList>

#include "domain/Error.h"
#include "kpi/KpiReport.h"
#include "storage/KpiRepository.h"
#include "storage/LedgerInfoRepository.h"

namespace ardesk {

class Database;

// Receivables KPIs (DSO, countback DSO, best possible DSO, average days delinquent, CEI) per
// calendar period, in the ledger currency, exactly as the public contract defines them
// (docs/contract.md: "KPIs" and its "Settled details"). Each report reads the ledger once,
// pre-aggregated, and evaluates every period in memory with exact integer arithmetic.
class KpiService {
public:
    struct Period {
        QDate start;
        QDate end;
        friend bool operator==(const Period&, const Period&) = default;
    };

    explicit KpiService(Database& database);

    // InvalidArgument when a date is invalid or from > to.
    Result<KpiReport> report(const KpiOptions& options);

    // The dashboard series: the `months` calendar months up to and including the month of
    // `endMonth`, each as a KPI period evaluated at its last day. One ledger read for all.
    Result<KpiSeries> monthlySeries(QDate endMonth, int months);

    // The aging by due date at the end of each of the `months` calendar months up to and
    // including the month of `endMonth`: the same bucket totals AgingService::summary() gives
    // for the ledger currency as of each month end, from one ledger read for all of them.
    Result<AgingTrend> monthlyAging(QDate endMonth, int months, const AgingBuckets& buckets);

    // Both of the above from a single ledger read, for the dashboard.
    Result<MonthlyTrends> monthlyTrends(QDate endMonth, int months, const AgingBuckets& buckets);

    // Calendar months/quarters/years (or the whole range) clipped to [from, to], in order.
    static QList<Period> periods(QDate from, QDate to, KpiPeriod period);

private:
    // The calendar months of a monthly view, and what the ledger holds up to their end.
    struct Months {
        CurrencyCode currency;
        QList<Period> periods;
        KpiActivity activity;
    };
    Result<Months> readMonths(QDate endMonth, int months);
    static KpiSeries seriesOf(const Months& months);
    static AgingTrend agingOf(const Months& months, const AgingBuckets& buckets);

    KpiRepository m_repository;
    LedgerInfoRepository m_ledgerInfo;
};

} // namespace ardesk
