#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

// What a prediction rests on: enough of the customer's own payments, a few shrunk towards
// similar customers, or none at all (similar customers alone).
enum class PredictionBasis { Customer, Pooled, None };

QString predictionBasisName(PredictionBasis basis);

// One factor behind a prediction or a risk score, with the figures its words need; `strength`
// orders the factors (strongest first) and is not shown.
enum class ReasonKind {
    PaysLate,         // value: days late on average
    PaysEarly,        // value: days early on average
    PaysOnTime,       //
    PaidLateShare,    // value of total payments were late
    Drifting,         // value: days later per month (negative: earlier)
    Erratic,          // value: typical deviation in days
    LargerThanUsual,  // value: percent of the customer's usual amount
    SmallerThanUsual, // value: percent of the customer's usual amount
    Overdue,          // value: days overdue as of the date
    MonthEnd,         // pays at the end of the month
    LittleHistory,    // value: payments known
    NoHistory,        //
    PartlyPaid,       //
    Disputed,         //
    Reminded,         // value: the highest reminder level sent
    BrokenPromises,   // value: how many
    PlanDefaulted,    //
    OpenDisputes,     // value: how many
    OverdueShare,     // value: percent of the open amount more than 30 days overdue
};

struct Reason {
    ReasonKind kind = ReasonKind::PaysOnTime;
    int value = 0;
    int total = 0;
    double strength = 0;
};

// The reason in the contract's words ("pays 18 days late on average"), for files and the CLI.
QString reasonText(const Reason& reason);
// The strongest `count` reasons, strongest first (ties in the order given).
QList<Reason> strongest(QList<Reason> reasons, int count);

// The prediction for one open item as of a date.
struct Prediction {
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString document;
    QString currency;
    QDate dueDate;
    qint64 openMinor = 0;
    QDate payDate;
    double pLate = 0; // P(paid after the due date; for an overdue item, after as-of + 30 days)
    PredictionBasis basis = PredictionBasis::None;
    QList<Reason> reasons; // the strongest, at most three
};

} // namespace ardesk
