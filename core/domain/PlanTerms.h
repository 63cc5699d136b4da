#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include "domain/Error.h"

namespace ardesk {

enum class PlanFrequency { Weekly, Biweekly, Monthly };

std::optional<PlanFrequency> planFrequencyFromName(QStringView name);
QString planFrequencyName(PlanFrequency frequency);

// An annual interest rate in percent as a decimal fraction, kept exact: "12" is 12/1,
// "7.25" is 725/100. Parsed from plain decimals only.
struct AnnualRate {
    qint64 numerator = 0;
    qint64 denominator = 1;

    static Result<AnnualRate> parse(QStringView text);
    bool isZero() const { return numerator == 0; }
    QString toString() const;
};

// How a balance is to be paid: what the plan finances and when.
struct PlanTerms {
    qint64 totalMinor = 0;       // covered open amount plus fee
    qint64 downPaymentMinor = 0; // due on the plan date, as installment 0
    int installments = 1;
    PlanFrequency frequency = PlanFrequency::Monthly;
    QDate planDate;
    QDate firstDue;
    std::optional<AnnualRate> annualRate;
};

struct ScheduledInstallment {
    int number = 0; // 0 = down payment
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 interestMinor = 0; // the part of the amount that is interest (amortized plans)
};

// The installment schedule of the spec: without a rate, (total - down payment) / K rounded
// half-up, the last installment taking the difference; with a rate, equal amortized payments
// at rate/12, /26 or /52 per period, interest on the remaining balance rounded half-up each
// period, the last payment being the remaining balance plus its interest. Monthly due dates
// keep the first due date's day, clamped to the month's end.
class PlanSchedule {
public:
    static Result<QList<ScheduledInstallment>> compute(const PlanTerms& terms);
    static QDate dueDate(QDate firstDue, PlanFrequency frequency, int index);
};

} // namespace ardesk
