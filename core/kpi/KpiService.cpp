#include "kpi/KpiService.h"

#include <algorithm>
#include <limits>
#include <vector>

#include "domain/Int128.h"
#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Products such as AR × days × 100 exceed qint64 for large ledgers; every ratio is formed as an
// exact fraction of 128-bit integers and rounded once. The callers have already scaled the
// numerator to hundredths, so this is the contract's "rounded half-up to 2 decimals".
Hundredths roundHalfUp(Int128 numerator, Int128 denominator)
{
    const Int128 rounded = roundedDivide<Int128>(numerator, denominator, RoundingMode::HalfUp);
    // Beyond ±9.2e16 no ratio means anything; clamp rather than wrap.
    constexpr qint64 limit = std::numeric_limits<qint64>::max();
    if (rounded > Int128(limit))
        return Hundredths{limit};
    if (rounded < Int128(-limit))
        return Hundredths{-limit};
    return Hundredths{static_cast<qint64>(rounded)};
}

qint64 monthIndex(QDate date)
{
    return qint64(date.year()) * 12 + date.month() - 1;
}

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate lastOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

QDate lastOfQuarter(QDate date)
{
    const int month = (date.month() - 1) / 3 * 3 + 3;
    return lastOfMonth(QDate(date.year(), month, 1));
}

// ar(d) and current_ar(d) at a fixed set of evaluation dates, from the aggregated AR changes:
// ar(d) = Σ changes with from <= d; current_ar(d) = Σ changes with from <= d <= due. Each change
// adds to a contiguous run of the sorted dates, so difference arrays give every date in
// O(changes × log dates) with no per-date pass over the ledger.
class ArTimeline {
public:
    ArTimeline(const QList<ArChange>& changes, QList<QDate> dates)
    {
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        m_days.reserve(static_cast<size_t>(dates.size()));
        for (QDate date : std::as_const(dates))
            m_days.push_back(date.toJulianDay());
        const size_t count = m_days.size();
        m_ar.assign(count + 1, 0);
        m_current.assign(count + 1, 0);
        for (const ArChange& change : changes) {
            const size_t first = indexFrom(change.from.toJulianDay());
            if (first == count)
                continue;
            m_ar[first] += change.amountMinor;
            const size_t pastDue = static_cast<size_t>(
                std::upper_bound(m_days.begin(), m_days.end(), change.due.toJulianDay()) -
                m_days.begin());
            if (first < pastDue) {
                m_current[first] += change.amountMinor;
                m_current[pastDue] -= change.amountMinor;
            }
        }
        for (size_t i = 1; i <= count; ++i) {
            m_ar[i] += m_ar[i - 1];
            m_current[i] += m_current[i - 1];
        }
    }

    // `date` must be one of the evaluation dates.
    qint64 ar(QDate date) const { return m_ar[indexOf(date)]; }
    qint64 currentAr(QDate date) const { return m_current[indexOf(date)]; }

private:
    size_t indexFrom(qint64 day) const
    {
        return static_cast<size_t>(std::lower_bound(m_days.begin(), m_days.end(), day) -
                                   m_days.begin());
    }
    size_t indexOf(QDate date) const
    {
        const size_t index = indexFrom(date.toJulianDay());
        Q_ASSERT(index < m_days.size() && m_days[index] == date.toJulianDay());
        return index;
    }

    std::vector<qint64> m_days;
    std::vector<qint64> m_ar;
    std::vector<qint64> m_current;
};

// Aging bucket totals at each of a few sorted evaluation dates, from the aggregated AR changes:
// a change counts at every date d >= from, in the bucket of its age d − due on that date. The
// change rows are already aggregated by (from, due), so walking each one across the (few,
// monthly) dates is cheap; unlike the ar/current_ar split, an age bucket has more than two
// runs, which would make difference arrays no simpler.
QList<QList<qint64>> bucketTotals(const QList<ArChange>& changes, const QList<QDate>& dates,
                                  const AgingBuckets& buckets)
{
    std::vector<qint64> days;
    days.reserve(static_cast<size_t>(dates.size()));
    for (QDate date : dates)
        days.push_back(date.toJulianDay());
    Q_ASSERT(std::is_sorted(days.begin(), days.end()));
    QList<QList<qint64>> totals(dates.size(), QList<qint64>(buckets.count(), 0));
    for (const ArChange& change : changes) {
        const qint64 due = change.due.toJulianDay();
        const auto first = std::lower_bound(days.begin(), days.end(), change.from.toJulianDay());
        for (auto day = first; day != days.end(); ++day) {
            const auto index = static_cast<qsizetype>(day - days.begin());
            const int bucket = buckets.indexForAge(static_cast<int>(*day - due));
            totals[index][bucket] += change.amountMinor;
        }
    }
    return totals;
}

// Net credit sales over any range of days: invoices issued (kind 'I') minus credit notes, from
// prefix sums over the days with activity.
class SalesLedger {
public:
    explicit SalesLedger(const QList<DailySales>& days)
    {
        m_days.reserve(static_cast<size_t>(days.size()));
        m_prefix.reserve(static_cast<size_t>(days.size()) + 1);
        m_prefix.push_back(0);
        for (const DailySales& day : days) {
            m_days.push_back(day.date.toJulianDay());
            m_prefix.push_back(m_prefix.back() + day.invoicedMinor - day.creditedMinor);
        }
        if (!days.isEmpty())
            m_historyStart = days.first().date;
    }

    // Net credit sales dated first..last, both included.
    qint64 between(QDate first, QDate last) const
    {
        return m_prefix[countUpTo(last.toJulianDay())] -
               m_prefix[countUpTo(first.toJulianDay() - 1)];
    }

    // The first day with an invoice or a credit note in the ledger currency; null when none.
    QDate historyStart() const { return m_historyStart; }

private:
    size_t countUpTo(qint64 day) const
    {
        return static_cast<size_t>(std::upper_bound(m_days.begin(), m_days.end(), day) -
                                   m_days.begin());
    }

    std::vector<qint64> m_days;
    std::vector<qint64> m_prefix;
    QDate m_historyStart;
};

// Countback DSO (the "count-back method" of credit-management practice, e.g. Credit Today,
// "Why You Should Switch to the Countback Method to Calculate DSO"): starting from the month of
// `to` (counted up to `to` only: later sales are unknown as of `to`), take whole months backwards,
// subtracting each month's net credit sales from end AR and adding its calendar days while the
// AR lasts; the month that covers the remainder adds remainder / its sales × its days.
// Settled details: the walk goes back past --from as far as needed; a month with zero (or
// negative) net sales adds its days and goes on; if history (the first month with credit
// sales activity) runs out before the AR is covered, the value is empty. No AR: 0 days.
KpiRatio countbackDso(QDate to, qint64 endAr, const SalesLedger& sales)
{
    if (endAr <= 0)
        return Hundredths{0};
    const QDate historyStart = sales.historyStart();
    if (!historyStart.isValid())
        return std::nullopt;
    const QDate firstMonth = firstOfMonth(historyStart);
    Int128 remaining = endAr;
    Int128 wholeDays = 0;
    QDate monthEnd = to;
    for (;;) {
        const QDate monthStart = firstOfMonth(monthEnd);
        if (monthStart < firstMonth)
            return std::nullopt;
        const qint64 monthSales = sales.between(monthStart, monthEnd);
        const qint64 monthDays = monthStart.daysTo(monthEnd) + 1;
        if (monthSales >= remaining) {
            // wholeDays + remaining / monthSales × monthDays, in hundredths.
            return roundHalfUp((wholeDays * monthSales + remaining * monthDays) * 100, monthSales);
        }
        remaining -= monthSales;
        wholeDays += monthDays;
        monthEnd = monthStart.addDays(-1);
    }
}

KpiRow computeRow(const KpiService::Period& period, const ArTimeline& timeline,
                  const SalesLedger& sales)
{
    KpiRow row;
    row.periodStart = period.start;
    row.periodEnd = period.end;
    // credit_sales = invoices issued in the period − credit notes dated in it.
    row.creditSalesMinor = sales.between(period.start, period.end);
    // begin_ar = ar(from − 1 day); end_ar = ar(to); current_ar(to) = open items due >= to.
    row.beginArMinor = timeline.ar(period.start.addDays(-1));
    row.endArMinor = timeline.ar(period.end);
    row.currentArMinor = timeline.currentAr(period.end);

    const Int128 days = period.start.daysTo(period.end) + 1; // both ends count
    const Int128 creditSales = row.creditSalesMinor;
    const Int128 endAr = row.endArMinor;
    const Int128 currentAr = row.currentArMinor;
    if (creditSales != 0) {
        // DSO, period (average balance) method: end AR / credit sales × days in the period.
        row.dso = roundHalfUp(endAr * days * 100, creditSales);
        // Best possible DSO (Credit Research Foundation): current AR / credit sales × days,
        // the DSO if every past-due item had been collected.
        row.bpdso = roundHalfUp(currentAr * days * 100, creditSales);
        // Average days delinquent = DSO − best possible DSO, from the unrounded values:
        // (end AR − current AR) / credit sales × days, rounded once.
        row.add = roundHalfUp((endAr - currentAr) * days * 100, creditSales);
    }
    row.dsoCountback = countbackDso(period.end, row.endArMinor, sales);

    // Collection Effectiveness Index (Credit Research Foundation; as published by Credit Guru):
    //   (begin AR + credit sales / N − end AR) / (begin AR + credit sales / N − current AR) × 100
    // with N the calendar months the period touches. Multiplying both terms by N keeps it
    // exact: (N·begin + sales − N·end) / (N·begin + sales − N·current) × 100.
    const Int128 months = monthIndex(period.end) - monthIndex(period.start) + 1;
    const Int128 beginAr = row.beginArMinor;
    const Int128 numerator = months * beginAr + creditSales - months * endAr;
    const Int128 denominator = months * beginAr + creditSales - months * currentAr;
    if (denominator != 0)
        row.cei = roundHalfUp(numerator * 100 * 100, denominator);
    return row;
}

} // namespace

KpiService::KpiService(Database& database)
    : m_repository(database)
    , m_ledgerInfo(database)
{}

QList<KpiService::Period> KpiService::periods(QDate from, QDate to, KpiPeriod period)
{
    QList<Period> result;
    if (!from.isValid() || !to.isValid() || from > to)
        return result;
    if (period == KpiPeriod::Whole) {
        result.append({from, to});
        return result;
    }
    for (QDate start = from; start <= to;) {
        QDate end;
        switch (period) {
        case KpiPeriod::Month:
            end = lastOfMonth(start);
            break;
        case KpiPeriod::Quarter:
            end = lastOfQuarter(start);
            break;
        case KpiPeriod::Year:
        case KpiPeriod::Whole:
            end = QDate(start.year(), 12, 31);
            break;
        }
        end = std::min(end, to);
        result.append({start, end});
        start = end.addDays(1);
    }
    return result;
}

Result<KpiReport> KpiService::report(const KpiOptions& options)
{
    if (!options.from.isValid() || !options.to.isValid())
        return fail(ErrorCode::InvalidArgument, u"the KPI period needs valid dates"_s);
    if (options.from > options.to) {
        return fail(ErrorCode::InvalidArgument,
                    u"the KPI period starts after it ends (from %1 to %2)"_s.arg(
                        IsoDate::format(options.from), IsoDate::format(options.to)));
    }
    const auto currency = m_ledgerInfo.currency();
    if (!currency)
        return std::unexpected(currency.error());
    const QList<Period> periods = KpiService::periods(options.from, options.to, options.period);

    const auto activity = m_repository.activity(*currency, options.to);
    if (!activity)
        return std::unexpected(activity.error());
    QList<QDate> dates;
    dates.reserve(periods.size() * 2);
    for (const Period& period : periods)
        dates << period.start.addDays(-1) << period.end;
    const ArTimeline timeline(activity->arChanges, dates);
    const SalesLedger sales(activity->sales);

    KpiReport report{
        .currency = *currency, .rows = {}, .leftOutCurrencies = activity->leftOutCurrencies};
    report.rows.reserve(periods.size());
    for (const Period& period : periods)
        report.rows.append(computeRow(period, timeline, sales));
    return report;
}

Result<KpiService::Months> KpiService::readMonths(QDate endMonth, int months)
{
    if (!endMonth.isValid() || months < 1)
        return fail(ErrorCode::InvalidArgument, u"a monthly view needs a month and a length"_s);
    const QDate last = lastOfMonth(endMonth);
    const QDate first = firstOfMonth(endMonth).addMonths(-(months - 1));
    const auto currency = m_ledgerInfo.currency();
    if (!currency)
        return std::unexpected(currency.error());
    auto activity = m_repository.activity(*currency, last);
    if (!activity)
        return std::unexpected(activity.error());
    return Months{.currency = *currency,
                  .periods = KpiService::periods(first, last, KpiPeriod::Month),
                  .activity = std::move(*activity)};
}

KpiSeries KpiService::seriesOf(const Months& months)
{
    QList<QDate> dates;
    dates.reserve(months.periods.size() + 1);
    dates << months.periods.first().start.addDays(-1);
    for (const Period& period : months.periods)
        dates << period.end;
    const ArTimeline timeline(months.activity.arChanges, dates);
    const SalesLedger sales(months.activity.sales);

    KpiSeries series{.currency = months.currency,
                     .points = {},
                     .leftOutCurrencies = months.activity.leftOutCurrencies};
    series.points.reserve(months.periods.size());
    for (const Period& period : months.periods) {
        const KpiRow row = computeRow(period, timeline, sales);
        series.points.append({.month = period.start,
                              .creditSalesMinor = row.creditSalesMinor,
                              .arMinor = row.endArMinor,
                              .currentArMinor = row.currentArMinor,
                              .overdueMinor = row.endArMinor - row.currentArMinor,
                              .dso = row.dso,
                              .dsoCountback = row.dsoCountback,
                              .bpdso = row.bpdso,
                              .add = row.add,
                              .cei = row.cei});
    }
    return series;
}

AgingTrend KpiService::agingOf(const Months& months, const AgingBuckets& buckets)
{
    QList<QDate> monthEnds;
    monthEnds.reserve(months.periods.size());
    for (const Period& period : months.periods)
        monthEnds << period.end;
    const QList<QList<qint64>> totals = bucketTotals(months.activity.arChanges, monthEnds, buckets);

    AgingTrend trend{.currency = months.currency,
                     .buckets = buckets,
                     .points = {},
                     .leftOutCurrencies = months.activity.leftOutCurrencies};
    trend.points.reserve(monthEnds.size());
    for (qsizetype i = 0; i < monthEnds.size(); ++i)
        trend.points.append({.monthEnd = monthEnds[i], .bucketsMinor = totals[i]});
    return trend;
}

Result<KpiSeries> KpiService::monthlySeries(QDate endMonth, int months)
{
    const auto read = readMonths(endMonth, months);
    if (!read)
        return std::unexpected(read.error());
    return seriesOf(*read);
}

Result<AgingTrend> KpiService::monthlyAging(QDate endMonth, int months, const AgingBuckets& buckets)
{
    const auto read = readMonths(endMonth, months);
    if (!read)
        return std::unexpected(read.error());
    return agingOf(*read, buckets);
}

Result<MonthlyTrends> KpiService::monthlyTrends(QDate endMonth, int months,
                                                const AgingBuckets& buckets)
{
    const auto read = readMonths(endMonth, months);
    if (!read)
        return std::unexpected(read.error());
    return MonthlyTrends{.kpis = seriesOf(*read), .aging = agingOf(*read, buckets)};
}

} // namespace ardesk
