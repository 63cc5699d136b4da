#pragma once

#include <map>
#include <span>
#include <vector>

#include <QHash>
#include <QList>

#include "foresight/DelayDistribution.h"
#include "foresight/DelayPool.h"
#include "foresight/Prediction.h"
#include "storage/ForesightRepository.h"

namespace ardesk {

// What the model knows of one customer as of the fitting date.
struct CustomerProfile {
    int first = 0; // its payments: points [first, first + count)
    int count = 0;
    int lateCount = 0;
    int termsDays = 30;
    double weight = 0;      // Σ recency weights
    double meanDelay = 0;   // recency-weighted, days after the due date
    double spread = 0;      // recency-weighted mean absolute deviation from meanDelay
    double trendPerDay = 0; // delay change per day of time, 0 unless clearly there
    double monthEndShare = 0;
    double medianLogAmount = 0;
    int medianDaysToPay = 0; // issue to payment, for the customer_median baseline
};

// One item to predict, in Julian days.
struct ModelItem {
    int customer = -1; // index into the model's customers
    qint32 dueDay = 0;
    qint32 earliestDay = 0;  // the first day it can still be paid on (as-of + 1 when open)
    qint32 lateAfterDay = 0; // counts as late when paid after this day
    qint64 amountMinor = 0;
};

struct ItemOutlook {
    qint32 payDay = 0;
    double pLate = 0;
    PredictionBasis basis = PredictionBasis::None;
    QList<Reason> reasons; // every factor found; the caller keeps the strongest
};

// The payment model: each customer's days-to-pay relative to its due dates, weighted towards
// recent payments (half-life `halfLifeDays`), moved along its trend when there is a clear one,
// moved for an item's size when the ledger shows that size matters, and shrunk towards the
// customers with the same terms (or the whole ledger) in proportion to how little history it
// has. Only items fully settled by the customer's money on or before the fitting day count; an
// item written off or taken over by a plan is no payment.
class PaymentModel {
public:
    static constexpr double halfLifeDays = 240;
    static constexpr double poolWeight = 4; // the prior weighs as much as 4 recent payments

    // `customerIndex` maps a customer id to its index (-1: unknown); `terms` by index.
    PaymentModel(qint32 fitDay, std::span<const ForesightItem> items,
                 const QHash<qint64, qint32>& settledWithoutPayment,
                 const std::vector<int>& customerIndex, const std::vector<int>& terms);

    qint32 fitDay() const { return m_fitDay; }
    const CustomerProfile& profile(int customer) const { return m_profiles[size_t(customer)]; }
    PredictionBasis basis(int customer) const;
    // The ledger-wide median days from issue to payment (the baseline's fallback).
    int ledgerMedianDaysToPay() const { return m_ledgerMedianDaysToPay; }

    DelayDistribution distribution(const ModelItem& item) const;
    ItemOutlook predict(const ModelItem& item) const;

private:
    struct Point {
        qint32 payDay;
        qint32 delay;
        float weight;
        float logAmount;
    };

    const DelayPool& pool(int customer) const;
    int sizeShift(const ModelItem& item) const;
    int trendShift(const CustomerProfile& profile, const Point& point, qint32 target) const;

    qint32 m_fitDay;
    std::vector<Point> m_points;
    std::vector<CustomerProfile> m_profiles;
    DelayPool m_ledgerPool;
    std::map<int, DelayPool> m_termsPools; // only terms shared by enough customers
    double m_sizeEffect = 0;               // days per unit of log(amount / usual amount)
    int m_ledgerMedianDaysToPay = 30;
};

} // namespace ardesk
