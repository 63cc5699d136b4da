#include "foresight/PaymentModel.h"

#include <algorithm>
#include <cmath>

#include <QDate>

namespace ardesk {

namespace {

// A terms group pools its own customers only when there are this many with history;
// otherwise the whole ledger is the prior.
constexpr int minimumPoolCustomers = 20;
// Trend and size effects are applied only when their estimate is this many standard errors
// from zero: noise that moved every prediction would cost more than a real effect gains.
constexpr double trendSignificance = 2.5;
constexpr double sizeSignificance = 3.0;
constexpr int maximumTrendShift = 45;
constexpr int maximumSizeShift = 20;

// Whether each day of [first, last] is one of its month's last three, by day − first: asked
// once per payment, where taking a QDate apart each time cost more than the rest of the fit.
std::vector<bool> monthEnds(qint32 first, qint32 last)
{
    std::vector<bool> result(static_cast<size_t>(last - first + 1));
    QDate date = QDate::fromJulianDay(first);
    for (size_t i = 0; i < result.size(); ++i, date = date.addDays(1))
        result[i] = date.day() > date.daysInMonth() - 3;
    return result;
}

template <typename T>
T median(std::vector<T>& values)
{
    if (values.empty())
        return T();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

PaymentModel::PaymentModel(qint32 fitDay, std::span<const ForesightItem> items,
                           const QHash<qint64, qint32>& settledWithoutPayment,
                           const std::vector<int>& customerIndex, const std::vector<int>& terms)
    : m_fitDay(fitDay)
    , m_profiles(terms.size())
{
    const auto indexOf = [&](qint64 id) {
        return id >= 0 && id < static_cast<qint64>(customerIndex.size())
                   ? customerIndex[static_cast<size_t>(id)]
                   : -1;
    };
    // Each item's customer when it counts as a payment, else -1: found once, used by both
    // passes of the counting sort of the paid items by customer.
    std::vector<int> payer(items.size(), -1);
    std::vector<int> offsets(m_profiles.size() + 1, 0);
    qint32 firstPayDay = fitDay; // every payment counted is on or before the fitting day
    for (size_t i = 0; i < items.size(); ++i) {
        const ForesightItem& item = items[i];
        const int customer = indexOf(item.customerId);
        if (item.settledDay > fitDay || customer < 0)
            continue;
        const auto other = settledWithoutPayment.constFind(item.invoiceId);
        if (other != settledWithoutPayment.cend() && *other == item.settledDay)
            continue;
        payer[i] = customer;
        ++offsets[static_cast<size_t>(customer) + 1];
        firstPayDay = std::min(firstPayDay, item.settledDay);
    }
    for (size_t i = 1; i < offsets.size(); ++i)
        offsets[i] += offsets[i - 1];
    m_points.resize(static_cast<size_t>(offsets.back()));
    std::vector<qint32> daysToPay(m_points.size());
    std::vector<int> next(offsets.begin(), offsets.end() - 1);
    for (size_t i = 0; i < items.size(); ++i) {
        if (payer[i] < 0)
            continue;
        const ForesightItem& item = items[i];
        const auto at = static_cast<size_t>(next[static_cast<size_t>(payer[i])]++);
        const double age = fitDay - item.settledDay;
        m_points[at] = {.payDay = item.settledDay,
                        .delay = DelayPool::clamp(item.settledDay - item.dueDay),
                        .weight = static_cast<float>(std::exp2(-age / halfLifeDays)),
                        .logAmount = static_cast<float>(std::log(double(item.amountMinor)))};
        daysToPay[at] = item.settledDay - item.issueDay;
    }
    const std::vector<bool> nearMonthEnd = monthEnds(firstPayDay, fitDay);
    m_ledgerMedianDaysToPay = [&] {
        std::vector<qint32> all = daysToPay;
        return static_cast<int>(median(all));
    }();

    std::vector<float> logs;
    std::vector<qint32> lags;
    for (size_t c = 0; c < m_profiles.size(); ++c) {
        CustomerProfile& profile = m_profiles[c];
        profile.termsDays = terms[c];
        profile.first = offsets[c];
        profile.count = offsets[c + 1] - offsets[c];
        if (profile.count == 0)
            continue;
        const std::span<const Point> own(m_points.data() + profile.first,
                                         static_cast<size_t>(profile.count));
        double weight = 0, sum = 0, monthEnd = 0, time = 0;
        for (const Point& point : own) {
            weight += point.weight;
            sum += point.weight * point.delay;
            time += point.weight * point.payDay;
            if (nearMonthEnd[static_cast<size_t>(point.payDay - firstPayDay)])
                monthEnd += point.weight;
            if (point.delay > 0)
                ++profile.lateCount;
        }
        profile.weight = weight;
        profile.meanDelay = sum / weight;
        profile.monthEndShare = monthEnd / weight;
        const double meanTime = time / weight;
        double deviation = 0, sxx = 0, sxy = 0, squares = 0;
        for (const Point& point : own) {
            deviation += point.weight * std::abs(point.delay - profile.meanDelay);
            const double dt = point.payDay - meanTime;
            sxx += point.weight * dt * dt;
            sxy += point.weight * dt * (point.delay - profile.meanDelay);
            squares += double(point.weight) * point.weight;
        }
        profile.spread = deviation / weight;
        // Weighted least squares of delay on payment day; the slope is kept only when clearly
        // away from zero, and shrunk towards zero for short histories.
        if (profile.count >= 6 && sxx > 0) {
            const double slope = sxy / sxx;
            double residual = 0;
            for (const Point& point : own) {
                const double fitted = profile.meanDelay + slope * (point.payDay - meanTime);
                residual += point.weight * (point.delay - fitted) * (point.delay - fitted);
            }
            const double effective = weight * weight / squares;
            const double variance = residual / weight;
            const double standardError =
                std::sqrt(variance / std::max(1.0, effective - 2) / (sxx / weight));
            if (standardError == 0 || std::abs(slope) > trendSignificance * standardError)
                profile.trendPerDay = slope * profile.count / (profile.count + 12.0);
        }
        logs.clear();
        lags.clear();
        for (const Point& point : own)
            logs.push_back(point.logAmount);
        for (int i = profile.first; i < profile.first + profile.count; ++i)
            lags.push_back(daysToPay[static_cast<size_t>(i)]);
        profile.medianLogAmount = median(logs);
        profile.medianDaysToPay = median(lags);
    }

    // The priors: each customer counts once (its payments' weights scaled to sum to 1), so a
    // new customer is expected to behave like a typical customer, not like the biggest one.
    std::map<int, int> customersByTerms;
    for (const CustomerProfile& profile : m_profiles) {
        if (profile.count > 0)
            ++customersByTerms[profile.termsDays];
    }
    for (const auto& [termsDays, customers] : customersByTerms) {
        if (customers >= minimumPoolCustomers)
            m_termsPools.try_emplace(termsDays);
    }
    double sxx = 0, sxy = 0, weights = 0, squares = 0;
    for (const CustomerProfile& profile : m_profiles) {
        if (profile.count == 0)
            continue;
        auto termsPool = m_termsPools.find(profile.termsDays);
        for (int i = profile.first; i < profile.first + profile.count; ++i) {
            const Point& point = m_points[static_cast<size_t>(i)];
            const double share = point.weight / profile.weight;
            m_ledgerPool.add(point.delay, share);
            if (termsPool != m_termsPools.end())
                termsPool->second.add(point.delay, share);
            if (profile.count >= 5) {
                const double z = point.logAmount - profile.medianLogAmount;
                sxx += point.weight * z * z;
                sxy += point.weight * z * (point.delay - profile.meanDelay);
                weights += point.weight;
                squares += double(point.weight) * point.weight;
            }
        }
    }
    m_ledgerPool.finish();
    for (auto& [termsDays, pool] : m_termsPools)
        pool.finish();

    // Size: a pooled regression of each payment's delay (less its customer's mean) on the log
    // of its amount relative to the customer's median amount.
    if (sxx > 0 && weights > 0) {
        const double slope = sxy / sxx;
        double residual = 0;
        for (const CustomerProfile& profile : m_profiles) {
            if (profile.count < 5)
                continue;
            for (int i = profile.first; i < profile.first + profile.count; ++i) {
                const Point& point = m_points[static_cast<size_t>(i)];
                const double z = point.logAmount - profile.medianLogAmount;
                const double r = point.delay - profile.meanDelay - slope * z;
                residual += point.weight * r * r;
            }
        }
        const double effective = weights * weights / squares;
        const double standardError =
            std::sqrt(residual / weights / std::max(1.0, effective - 2) / (sxx / weights));
        if (standardError > 0 && std::abs(slope) > sizeSignificance * standardError)
            m_sizeEffect = slope;
    }
}

PredictionBasis PaymentModel::basis(int customer) const
{
    if (customer < 0 || profile(customer).count == 0)
        return PredictionBasis::None;
    return profile(customer).weight >= poolWeight ? PredictionBasis::Customer
                                                  : PredictionBasis::Pooled;
}

const DelayPool& PaymentModel::pool(int customer) const
{
    if (customer >= 0) {
        const auto terms = m_termsPools.find(profile(customer).termsDays);
        if (terms != m_termsPools.end())
            return terms->second;
    }
    return m_ledgerPool;
}

int PaymentModel::sizeShift(const ModelItem& item) const
{
    if (m_sizeEffect == 0 || item.customer < 0 || profile(item.customer).count < 3 ||
        item.amountMinor <= 0)
        return 0;
    const double z = std::log(double(item.amountMinor)) - profile(item.customer).medianLogAmount;
    return static_cast<int>(std::lround(
        std::clamp(m_sizeEffect * z, -double(maximumSizeShift), double(maximumSizeShift))));
}

int PaymentModel::trendShift(const CustomerProfile& profile, const Point& point,
                             qint32 target) const
{
    if (profile.trendPerDay == 0)
        return 0;
    // Each past delay is carried forward along the trend to the time of the item.
    const double shift = profile.trendPerDay * (target - point.payDay);
    return static_cast<int>(
        std::lround(std::clamp(shift, -double(maximumTrendShift), double(maximumTrendShift))));
}

DelayDistribution PaymentModel::distribution(const ModelItem& item) const
{
    DelayDistribution result(pool(item.customer), poolWeight, item.earliestDay - item.dueDay - 1);
    if (item.customer >= 0) {
        const CustomerProfile& own = profile(item.customer);
        const int size = sizeShift(item);
        const qint32 target = std::max(item.dueDay, item.earliestDay);
        for (int i = own.first; i < own.first + own.count; ++i) {
            const Point& point = m_points[static_cast<size_t>(i)];
            result.addOwn(point.delay + size + trendShift(own, point, target), point.weight);
        }
    }
    result.finish();
    return result;
}

ItemOutlook PaymentModel::predict(const ModelItem& item) const
{
    const DelayDistribution delays = distribution(item);
    ItemOutlook outlook;
    outlook.basis = basis(item.customer);
    outlook.payDay = item.dueDay + delays.median();
    outlook.pLate = delays.survival(item.lateAfterDay - item.dueDay);

    QList<Reason>& reasons = outlook.reasons;
    if (outlook.basis == PredictionBasis::None) {
        reasons.append({.kind = ReasonKind::NoHistory, .strength = 8});
    } else {
        const CustomerProfile& own = profile(item.customer);
        if (outlook.basis == PredictionBasis::Pooled)
            reasons.append({.kind = ReasonKind::LittleHistory, .value = own.count, .strength = 6});
        const int mean = static_cast<int>(std::lround(own.meanDelay));
        if (mean >= 3)
            reasons.append({.kind = ReasonKind::PaysLate, .value = mean, .strength = mean / 3.0});
        else if (mean <= -3)
            reasons.append({.kind = ReasonKind::PaysEarly, .value = -mean, .strength = 1});
        else
            reasons.append({.kind = ReasonKind::PaysOnTime, .strength = 1});
        if (own.trendPerDay != 0) {
            const int perMonth = static_cast<int>(std::lround(own.trendPerDay * 30));
            if (perMonth != 0)
                reasons.append({.kind = ReasonKind::Drifting,
                                .value = perMonth,
                                .strength = 2 + std::abs(perMonth) / 2.0});
        }
        if (own.spread >= 10 && own.count >= 3)
            reasons.append({.kind = ReasonKind::Erratic,
                            .value = static_cast<int>(std::lround(own.spread)),
                            .strength = own.spread / 8});
        if (const int size = sizeShift(item); size != 0) {
            const int percent = static_cast<int>(std::lround(
                100 * std::exp(std::log(double(item.amountMinor)) - own.medianLogAmount)));
            reasons.append(
                {.kind = size > 0 ? ReasonKind::LargerThanUsual : ReasonKind::SmallerThanUsual,
                 .value = percent,
                 .strength = std::abs(size) / 3.0});
        }
        if (own.count >= 5 && own.monthEndShare >= 0.5) {
            const QDate date = QDate::fromJulianDay(outlook.payDay);
            outlook.payDay = static_cast<qint32>(
                QDate(date.year(), date.month(), date.daysInMonth()).toJulianDay());
            reasons.append({.kind = ReasonKind::MonthEnd, .strength = 1.5});
        }
    }
    const int overdue = item.earliestDay - 1 - item.dueDay;
    if (overdue > 0)
        reasons.append({.kind = ReasonKind::Overdue, .value = overdue, .strength = overdue / 10.0});
    return outlook;
}

} // namespace ardesk
