#include "foresight/Backtest.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include <QHash>

#include "foresight/ForesightData.h"
#include "foresight/PaymentModel.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

enum Model { Ardesk, DueDate, CustomerMedian, ModelCount };

const std::array<QString, ModelCount> modelNames{u"ardesk"_s, u"due_date"_s, u"customer_median"_s};

struct Guess {
    qint32 payDay = 0;
    double pLate = 0;
};

struct Scores {
    double absoluteDays = 0;
    int settled = 0;
    int correct = 0;
    double brier = 0;
    int labelled = 0;
    // (currency, month index) → predicted receipts
    std::map<std::pair<QString, int>, double> cash;
};

int monthIndex(qint32 julianDay)
{
    const QDate date = QDate::fromJulianDay(julianDay);
    return date.year() * 12 + date.month() - 1;
}

} // namespace

Backtest::Backtest(Database& database)
    : m_database(database)
{}

Result<BacktestReport> Backtest::run(QDate split, QDate until, bool keepPredictions)
{
    auto loaded = ForesightData::load(m_database, until, split);
    if (!loaded)
        return std::unexpected(loaded.error());
    const ForesightData& data = *loaded;
    QHash<qint64, qint64> openMinor;
    openMinor.reserve(data.open.size());
    for (const ForesightOpenItem& item : data.open)
        openMinor.insert(item.invoiceId, item.openMinor);

    const auto splitDay = static_cast<qint32>(split.toJulianDay());
    const auto untilDay = static_cast<qint32>(until.toJulianDay());
    const PaymentModel& model = *data.model;

    std::array<Scores, ModelCount> scores;
    std::map<std::pair<QString, int>, double> actualCash;
    BacktestReport report;
    for (const ForesightItem& item : data.items) {
        if (item.settledDay <= splitDay)
            continue; // settled before the split: history, not a test
        const int customer = data.indexOf(item.customerId);
        if (customer < 0)
            continue;
        const bool issuedAfter = item.issueDay > splitDay;
        const qint64 amount = issuedAfter ? item.amountMinor : openMinor.value(item.invoiceId);
        if (amount <= 0)
            continue;
        const qint32 earliest = issuedAfter ? item.issueDay : splitDay + 1;
        const bool overdue = !issuedAfter && item.dueDay < splitDay;
        const ModelItem query{.customer = customer,
                              .dueDay = item.dueDay,
                              .earliestDay = earliest,
                              .lateAfterDay = overdue ? splitDay + 30 : item.dueDay,
                              .amountMinor = item.amountMinor};

        std::array<Guess, ModelCount> guesses;
        const ItemOutlook outlook = model.predict(query);
        guesses[Ardesk] = {outlook.payDay, outlook.pLate};
        const qint32 onDue = std::max(item.dueDay, earliest);
        guesses[DueDate] = {onDue, onDue > query.lateAfterDay ? 1.0 : 0.0};
        const CustomerProfile& profile = model.profile(customer);
        const int median =
            profile.count > 0 ? profile.medianDaysToPay : model.ledgerMedianDaysToPay();
        const qint32 byMedian = std::max(item.issueDay + median, earliest);
        guesses[CustomerMedian] = {byMedian, byMedian > query.lateAfterDay ? 1.0 : 0.0};
        ++report.items;
        if (keepPredictions)
            report.predictions.append({.invoiceId = item.invoiceId,
                                       .payDate = QDate::fromJulianDay(outlook.payDay),
                                       .pLate = outlook.pLate});

        // What happened: paid on its settled day, unless that was a write-off or a plan
        // taking it over (never paid), or after --until (not known yet).
        const auto other = data.settledWithoutPayment.constFind(item.invoiceId);
        const bool notPaid =
            other != data.settledWithoutPayment.cend() && *other == item.settledDay;
        const bool paid = item.settledDay <= untilDay && !notPaid;
        std::optional<bool> late;
        if (paid)
            late = item.settledDay > query.lateAfterDay;
        else if (query.lateAfterDay < std::min(untilDay, item.settledDay) ||
                 (notPaid && item.settledDay <= untilDay))
            late = true; // still unpaid after the day that made it late, or never paid
        if (paid) {
            ++report.settled;
            actualCash[{data.customers.at(customer).currency, monthIndex(item.settledDay)}] +=
                double(amount);
        }
        const QString& currency = data.customers.at(customer).currency;
        for (int m = 0; m < ModelCount; ++m) {
            Scores& s = scores[static_cast<size_t>(m)];
            const Guess& guess = guesses[static_cast<size_t>(m)];
            if (paid) {
                s.absoluteDays += std::abs(guess.payDay - item.settledDay);
                ++s.settled;
            }
            if (late) {
                const double y = *late ? 1.0 : 0.0;
                s.correct += (guess.pLate >= 0.5) == *late ? 1 : 0;
                s.brier += (guess.pLate - y) * (guess.pLate - y);
                ++s.labelled;
            }
            if (guess.payDay <= untilDay)
                s.cash[{currency, monthIndex(guess.payDay)}] += double(amount);
        }
    }

    const auto add = [&](const QString& metric, int m, std::optional<double> value) {
        report.figures.append({.metric = metric, .model = modelNames[size_t(m)], .value = value});
    };
    for (int m = 0; m < ModelCount; ++m) {
        const Scores& s = scores[size_t(m)];
        add(u"mae_days"_s, m, s.settled ? std::optional(s.absoluteDays / s.settled) : std::nullopt);
    }
    for (int m = 0; m < ModelCount; ++m) {
        const Scores& s = scores[size_t(m)];
        add(u"late_accuracy"_s, m,
            s.labelled ? std::optional(double(s.correct) / s.labelled) : std::nullopt);
    }
    for (int m = 0; m < ModelCount; ++m) {
        const Scores& s = scores[size_t(m)];
        add(u"brier"_s, m, s.labelled ? std::optional(s.brier / s.labelled) : std::nullopt);
    }
    // Each month (and currency) with receipts from (split, until]: |predicted − actual| as a
    // fraction of actual, averaged over those months.
    for (int m = 0; m < ModelCount; ++m) {
        const Scores& s = scores[size_t(m)];
        double sum = 0;
        int months = 0;
        for (const auto& [key, actual] : actualCash) {
            if (actual <= 0)
                continue;
            const auto predicted = s.cash.find(key);
            sum +=
                std::abs((predicted == s.cash.end() ? 0.0 : predicted->second) - actual) / actual;
            ++months;
        }
        add(u"monthly_cash_error"_s, m, months ? std::optional(sum / months) : std::nullopt);
    }
    std::sort(report.predictions.begin(), report.predictions.end(),
              [](const BacktestPrediction& a, const BacktestPrediction& b) {
                  return a.invoiceId < b.invoiceId;
              });
    return report;
}

} // namespace ardesk
