#include "foresight/ForesightService.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QSet>

#include "domain/Int128.h"
#include "foresight/DelayDistribution.h"
#include "ledger/ActivityService.h"
#include "plans/PlanService.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Points of the risk score; they add up to more than 100 so that several bad signs together
// reach the top grade, and the score is capped at 100.
constexpr double lateChancePoints = 50;   // × P(a new invoice is paid late)
constexpr double latenessPoints = 25;     // × expected days late (capped at 45) / 45
constexpr double overduePoints = 10;      // × share of the open amount over 30 days overdue
constexpr double brokenPromisePoints = 5; // each, at most two
constexpr double planDefaultPoints = 10;
constexpr double disputePoints = 5;
// z of the 10% and 90% points of a normal distribution: the 80% band of the forecast.
constexpr double bandZ = 1.2815515655446004;

qint64 narrowed(Int128 value)
{
    return narrowToQint64(value).value_or(value < Int128(0) ? std::numeric_limits<qint64>::min()
                                                            : std::numeric_limits<qint64>::max());
}

} // namespace

QChar riskGrade(int score)
{
    return score < 20 ? u'A' : score < 40 ? u'B' : score < 60 ? u'C' : score < 80 ? u'D' : u'E';
}

struct ForesightService::Snapshot {
    qint32 asOfDay = 0;
    ForesightData data;
    QHash<qint64, int> reminderLevel; // invoice id → highest level sent by the date
    QSet<qint64> disputed;            // invoice ids under a dispute open on the date

    ModelItem modelItem(const ForesightOpenItem& item) const
    {
        const bool overdue = item.dueDay < asOfDay;
        return {.customer = data.indexOf(item.customerId),
                .dueDay = item.dueDay,
                .earliestDay = asOfDay + 1,
                .lateAfterDay = overdue ? asOfDay + 30 : item.dueDay,
                .amountMinor = item.amountMinor};
    }
};

ForesightService::ForesightService(Database& database)
    : m_database(database)
{}

ForesightService::~ForesightService() = default;

Result<std::unique_ptr<ForesightService::Snapshot>> ForesightService::snapshot(QDate asOf)
{
    auto snapshot = std::make_unique<Snapshot>();
    snapshot->asOfDay = static_cast<qint32>(asOf.toJulianDay());
    auto data = ForesightData::load(m_database, asOf, asOf);
    if (!data)
        return std::unexpected(data.error());
    snapshot->data = std::move(*data);
    for (const ItemEvent& reminder : snapshot->data.reminders) {
        if (reminder.day > snapshot->asOfDay)
            continue;
        int& level = snapshot->reminderLevel[reminder.invoiceId];
        level = std::max(level, reminder.level);
    }
    for (const Activity& activity : snapshot->data.promisesAndDisputes) {
        if (activity.kind == ActivityKind::Dispute && activity.date <= asOf &&
            (activity.resolvedDate.isNull() || activity.resolvedDate > asOf))
            snapshot->disputed.insert(activity.invoiceId.value);
    }
    return snapshot;
}

Result<QList<Prediction>> ForesightService::predictions(const Snapshot& snapshot, int onlyCustomer)
{
    QList<Prediction> result;
    result.reserve(snapshot.data.open.size());
    for (const ForesightOpenItem& item : snapshot.data.open) {
        const int customer = snapshot.data.indexOf(item.customerId);
        if (onlyCustomer >= 0 && customer != onlyCustomer)
            continue;
        ItemOutlook outlook = snapshot.data.model->predict(snapshot.modelItem(item));
        if (item.openMinor < item.amountMinor)
            outlook.reasons.append({.kind = ReasonKind::PartlyPaid, .strength = 1.2});
        if (snapshot.disputed.contains(item.invoiceId))
            outlook.reasons.append({.kind = ReasonKind::Disputed, .strength = 4});
        if (const int level = snapshot.reminderLevel.value(item.invoiceId); level > 0)
            outlook.reasons.append({.kind = ReasonKind::Reminded, .value = level, .strength = 1});
        Prediction prediction;
        prediction.invoiceId = item.invoiceId;
        prediction.customerId = item.customerId;
        if (customer >= 0)
            prediction.customerCode = snapshot.data.customers.at(customer).code;
        prediction.document = item.document;
        prediction.currency = item.currency;
        prediction.dueDate = QDate::fromJulianDay(item.dueDay);
        prediction.openMinor = item.openMinor;
        prediction.payDate = QDate::fromJulianDay(outlook.payDay);
        prediction.pLate = outlook.pLate;
        prediction.basis = outlook.basis;
        prediction.reasons = strongest(std::move(outlook.reasons), 3);
        result.append(std::move(prediction));
    }
    std::stable_sort(result.begin(), result.end(), [](const Prediction& a, const Prediction& b) {
        if (a.customerCode != b.customerCode)
            return a.customerCode < b.customerCode;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.document < b.document;
    });
    return result;
}

Result<QList<Prediction>> ForesightService::predict(QDate asOf, const QString& customerCode)
{
    auto state = snapshot(asOf);
    if (!state)
        return std::unexpected(state.error());
    int only = -1;
    if (!customerCode.isEmpty()) {
        const auto& customers = (*state)->data.customers;
        const auto found = std::find_if(customers.begin(), customers.end(),
                                        [&](const auto& c) { return c.code == customerCode; });
        if (found == customers.end())
            return fail(ErrorCode::NotFound, u"no customer \"%1\""_s.arg(customerCode));
        only = static_cast<int>(found - customers.begin());
    }
    return predictions(**state, only);
}

Result<QList<CustomerRisk>> ForesightService::risk(QDate asOf)
{
    auto both = overview(asOf);
    if (!both)
        return std::unexpected(both.error());
    return std::move(both->risks);
}

Result<ForesightOverview> ForesightService::overview(QDate asOf)
{
    auto state = snapshot(asOf);
    if (!state)
        return std::unexpected(state.error());
    auto all = predictions(**state, -1);
    if (!all)
        return std::unexpected(all.error());
    auto risks = risksOf(**state, *all, asOf);
    if (!risks)
        return std::unexpected(risks.error());
    return ForesightOverview{.predictions = std::move(*all), .risks = std::move(*risks)};
}

Result<QList<CustomerRisk>> ForesightService::risksOf(const Snapshot& snapshot,
                                                      const QList<Prediction>& all, QDate asOf)
{

    struct Open {
        qint64 openMinor = 0;
        qint64 overdueMinor = 0; // more than 30 days overdue
        Int128 lateDays = 0;     // Σ open × predicted days late
        Int128 atRiskPpm = 0;    // Σ open × p_late, in parts per million of a minor unit
        int openDisputes = 0;
    };
    QHash<int, Open> open;
    for (const Prediction& prediction : all) {
        const int customer = snapshot.data.indexOf(prediction.customerId);
        if (customer < 0 || prediction.currency != snapshot.data.customers.at(customer).currency)
            continue; // the risk's amounts are in the customer's own currency
        Open& sums = open[customer];
        sums.openMinor += prediction.openMinor;
        if (prediction.dueDate.daysTo(QDate::fromJulianDay(snapshot.asOfDay)) > 30)
            sums.overdueMinor += prediction.openMinor;
        sums.lateDays += Int128(prediction.openMinor) *
                         Int128(std::max<qint64>(0, prediction.dueDate.daysTo(prediction.payDate)));
        sums.atRiskPpm +=
            Int128(prediction.openMinor) * Int128(std::llround(prediction.pLate * 1e6));
        if (snapshot.disputed.contains(prediction.invoiceId))
            ++sums.openDisputes;
    }

    QHash<qint64, int> broken;
    ActivityService activities(m_database);
    for (const Activity& activity : snapshot.data.promisesAndDisputes) {
        if (activity.kind != ActivityKind::Promise || activity.date > asOf)
            continue;
        auto status = activities.promiseStatus(activity, asOf);
        if (!status)
            return std::unexpected(status.error());
        if (*status == PromiseStatus::Broken)
            ++broken[activity.customerId.value];
    }
    QSet<qint64> defaulted;
    auto plans = PlanService(m_database).list(asOf);
    if (!plans)
        return std::unexpected(plans.error());
    for (const PlanView& plan : std::as_const(*plans)) {
        if (plan.status == PlanStatus::Defaulted)
            defaulted.insert(plan.plan.customerId.value);
    }

    QList<CustomerRisk> result;
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        const int customer = it.key();
        const Open& sums = it.value();
        if (sums.openMinor <= 0)
            continue;
        const ForesightCustomer& who = snapshot.data.customers.at(customer);
        const PaymentModel& model = *snapshot.data.model;
        const CustomerProfile& profile = model.profile(customer);
        // A new invoice issued today on the customer's terms: how likely late, how late.
        const ModelItem fresh{.customer = customer,
                              .dueDay = snapshot.asOfDay + who.termsDays,
                              .earliestDay = snapshot.asOfDay,
                              .lateAfterDay = snapshot.asOfDay + who.termsDays,
                              .amountMinor = 0};
        const DelayDistribution delays = model.distribution(fresh);
        const double lateChance = delays.survival(0);
        const double expectedLate = delays.expectedDaysLate(90); // E[min(max(delay, 0), 90)]
        const double overdueShare = double(sums.overdueMinor) / double(sums.openMinor);
        const int brokenPromises = broken.value(who.id);
        const bool planDefaulted = defaulted.contains(who.id);

        QList<Reason> reasons;
        const double latePoints = lateChancePoints * lateChance;
        const double severityPoints = latenessPoints * std::min(1.0, expectedLate / 45);
        const PredictionBasis basis = model.basis(customer);
        if (basis == PredictionBasis::None)
            reasons.append({.kind = ReasonKind::NoHistory, .strength = latePoints});
        else
            reasons.append({.kind = ReasonKind::PaidLateShare,
                            .value = profile.lateCount,
                            .total = profile.count,
                            .strength = latePoints});
        if (basis == PredictionBasis::Pooled)
            reasons.append({.kind = ReasonKind::LittleHistory,
                            .value = profile.count,
                            .strength = latePoints - 0.5});
        const int meanDelay = static_cast<int>(std::lround(profile.meanDelay));
        if (profile.count > 0 && meanDelay >= 3)
            reasons.append(
                {.kind = ReasonKind::PaysLate, .value = meanDelay, .strength = severityPoints});
        else if (profile.count > 0)
            reasons.append({.kind = ReasonKind::PaysOnTime, .strength = 0.1});
        if (const int perMonth = static_cast<int>(std::lround(profile.trendPerDay * 30));
            perMonth > 0)
            reasons.append({.kind = ReasonKind::Drifting, .value = perMonth, .strength = 4});
        const double overduePart = overduePoints * overdueShare;
        if (overdueShare > 0)
            reasons.append({.kind = ReasonKind::OverdueShare,
                            .value = static_cast<int>(std::lround(100 * overdueShare)),
                            .strength = overduePart});
        const double promisePart = brokenPromisePoints * std::min(2, brokenPromises);
        if (brokenPromises > 0)
            reasons.append({.kind = ReasonKind::BrokenPromises,
                            .value = brokenPromises,
                            .strength = promisePart + 2});
        if (planDefaulted)
            reasons.append({.kind = ReasonKind::PlanDefaulted, .strength = planDefaultPoints + 2});
        if (sums.openDisputes > 0)
            reasons.append({.kind = ReasonKind::OpenDisputes,
                            .value = sums.openDisputes,
                            .strength = disputePoints + 1});

        const double points = latePoints + severityPoints + overduePart + promisePart +
                              (planDefaulted ? planDefaultPoints : 0) +
                              (sums.openDisputes > 0 ? disputePoints : 0);
        CustomerRisk row;
        row.customerId = who.id;
        row.customerCode = who.code;
        row.customerName = who.name;
        row.currency = who.currency;
        row.score = std::clamp(static_cast<int>(std::lround(points)), 0, 100);
        row.grade = riskGrade(row.score);
        row.openMinor = sums.openMinor;
        row.atRiskMinor =
            narrowed(roundedDivide(sums.atRiskPpm, Int128(1000000), RoundingMode::HalfUp));
        row.expectedDaysLate = static_cast<int>(
            narrowed(roundedDivide(sums.lateDays, Int128(sums.openMinor), RoundingMode::HalfUp)));
        row.basis = basis;
        row.reasons = strongest(std::move(reasons), 3);
        result.append(std::move(row));
    }
    std::sort(result.begin(), result.end(), [](const CustomerRisk& a, const CustomerRisk& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.openMinor != b.openMinor)
            return a.openMinor > b.openMinor;
        return a.customerCode < b.customerCode;
    });
    return result;
}

Result<QList<ForecastRow>> ForesightService::forecast(QDate asOf, ForecastPeriod period, int count)
{
    auto state = snapshot(asOf);
    if (!state)
        return std::unexpected(state.error());
    const Snapshot& snapshot = **state;

    // Periods from the day after asOf: whole weeks, or the rest of that day's month then whole
    // calendar months.
    QList<QDate> starts;
    QDate start = asOf.addDays(1);
    for (int i = 0; i <= count; ++i) {
        starts.append(start);
        start = period == ForecastPeriod::Week ? start.addDays(7)
                                               : QDate(start.year(), start.month(), 1).addMonths(1);
    }
    const auto periodOf = [&](qint32 day) {
        const auto at = std::upper_bound(starts.begin(), starts.end(), QDate::fromJulianDay(day)) -
                        starts.begin() - 1;
        return static_cast<int>(at); // -1 before, count after the horizon
    };

    struct Sums {
        Int128 contractual = 0;
        Int128 expectedPpm = 0; // parts per million of a minor unit
        double variance = 0;
    };
    QMap<QString, QList<Sums>> byCurrency;
    for (const ForesightOpenItem& item : snapshot.data.open) {
        if (item.openMinor <= 0)
            continue; // an over-allocated item gives nothing back
        QList<Sums>& sums = byCurrency[item.currency];
        if (sums.isEmpty())
            sums.resize(count);
        const int due = std::max(0, periodOf(item.dueDay));
        if (due < count)
            sums[due].contractual += item.openMinor;
        const DelayDistribution delays =
            snapshot.data.model->distribution(snapshot.modelItem(item));
        double before = 1.0; // P(not paid before the period's start)
        for (int p = 0; p < count; ++p) {
            const qint32 last = static_cast<qint32>(starts.at(p + 1).toJulianDay()) - 1;
            const double after = delays.survival(last - item.dueDay);
            const double chance = std::max(0.0, before - after);
            before = after;
            const qint64 ppm = std::llround(chance * 1e6);
            sums[p].expectedPpm += Int128(item.openMinor) * Int128(ppm);
            sums[p].variance +=
                double(item.openMinor) * double(item.openMinor) * chance * (1 - chance);
        }
    }
    QList<ForecastRow> result;
    for (int p = 0; p < count; ++p) {
        for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
            const Sums& sums = it.value().at(p);
            ForecastRow row;
            row.start = starts.at(p);
            row.end = starts.at(p + 1).addDays(-1);
            row.currency = it.key();
            row.contractualMinor = narrowed(sums.contractual);
            row.expectedMinor =
                narrowed(roundedDivide(sums.expectedPpm, Int128(1000000), RoundingMode::HalfUp));
            // The band's half-width is a statistical spread (independent items, normal
            // approximation), rounded once to the minor unit; no amount is computed in floating
            // point.
            const qint64 half = std::llround(bandZ * std::sqrt(sums.variance));
            row.lowMinor = std::max<qint64>(0, row.expectedMinor - half);
            row.highMinor = row.expectedMinor + half;
            result.append(row);
        }
    }
    return result;
}

} // namespace ardesk
