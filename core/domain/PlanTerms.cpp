#include "domain/PlanTerms.h"

#include <cmath>

#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

std::optional<PlanFrequency> planFrequencyFromName(QStringView name)
{
    if (name == u"weekly")
        return PlanFrequency::Weekly;
    if (name == u"biweekly")
        return PlanFrequency::Biweekly;
    if (name == u"monthly")
        return PlanFrequency::Monthly;
    return std::nullopt;
}

QString planFrequencyName(PlanFrequency frequency)
{
    switch (frequency) {
    case PlanFrequency::Weekly:
        return u"weekly"_s;
    case PlanFrequency::Biweekly:
        return u"biweekly"_s;
    case PlanFrequency::Monthly:
        return u"monthly"_s;
    }
    return {};
}

Result<AnnualRate> AnnualRate::parse(QStringView text)
{
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    auto digitsOnly = [](QStringView part) {
        return std::all_of(part.begin(), part.end(),
                           [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || whole.size() > 3 || !digitsOnly(whole) || fraction.size() > 4 ||
        (point >= 0 && fraction.isEmpty()) || !digitsOnly(fraction)) {
        return fail(ErrorCode::InvalidArgument,
                    u"expected an annual rate in percent like 12 or 7.25, got \"%1\""_s.arg(text));
    }
    AnnualRate rate;
    rate.numerator = whole.toLongLong();
    for (QChar digit : fraction) {
        rate.numerator = rate.numerator * 10 + digit.digitValue();
        rate.denominator *= 10;
    }
    return rate;
}

QString AnnualRate::toString() const
{
    QString text = QString::number(numerator / denominator);
    if (denominator > 1) {
        const int decimals = static_cast<int>(std::log10(static_cast<double>(denominator)));
        text += u'.' + QString::number(numerator % denominator).rightJustified(decimals, u'0');
    }
    return text;
}

QDate PlanSchedule::dueDate(QDate firstDue, PlanFrequency frequency, int index)
{
    switch (frequency) {
    case PlanFrequency::Weekly:
        return firstDue.addDays(7LL * index);
    case PlanFrequency::Biweekly:
        return firstDue.addDays(14LL * index);
    case PlanFrequency::Monthly:
        // Always from the first due date, so Jan 31 → Feb 28 → Mar 31 (QDate clamps the day).
        return firstDue.addMonths(index);
    }
    return {};
}

namespace {

int periodsPerYear(PlanFrequency frequency)
{
    switch (frequency) {
    case PlanFrequency::Weekly:
        return 52;
    case PlanFrequency::Biweekly:
        return 26;
    case PlanFrequency::Monthly:
        return 12;
    }
    return 12;
}

// Payment of an annuity: P = B·r / (1 − (1 + r)^−K), rounded half-up to the minor unit. The
// factor is irrational in general, so it is evaluated in long double (ample for amounts below
// 10^15 minor units) and only the result is rounded — explicitly.
qint64 annuityPayment(qint64 balance, const AnnualRate& rate, int periodsYear, int periods)
{
    const long double r = static_cast<long double>(rate.numerator) /
                          (static_cast<long double>(rate.denominator) * 100.0L * periodsYear);
    const long double payment =
        static_cast<long double>(balance) * r / (1.0L - std::pow(1.0L + r, -periods));
    return static_cast<qint64>(std::floor(payment + 0.5L));
}

} // namespace

Result<QList<ScheduledInstallment>> PlanSchedule::compute(const PlanTerms& terms)
{
    if (terms.installments < 1 || terms.installments > 600)
        return fail(ErrorCode::InvalidArgument, u"expected 1 to 600 installments"_s);
    if (terms.downPaymentMinor < 0 || terms.downPaymentMinor >= terms.totalMinor) {
        return fail(ErrorCode::InvalidInput,
                    u"the down payment must be less than the plan's total"_s);
    }
    if (terms.firstDue < terms.planDate) {
        return fail(ErrorCode::InvalidInput,
                    u"the first installment cannot be due before the plan's date"_s);
    }

    QList<ScheduledInstallment> schedule;
    if (terms.downPaymentMinor > 0)
        schedule.append({0, terms.planDate, terms.downPaymentMinor, 0});

    const qint64 financed = terms.totalMinor - terms.downPaymentMinor;
    const int k = terms.installments;
    if (!terms.annualRate || terms.annualRate->isZero()) {
        const qint64 each = roundedDivide(financed, k, RoundingMode::HalfUp);
        for (int n = 1; n <= k; ++n) {
            const qint64 amount = n < k ? each : financed - each * (k - 1);
            schedule.append({n, dueDate(terms.firstDue, terms.frequency, n - 1), amount, 0});
        }
    } else {
        const AnnualRate& rate = *terms.annualRate;
        const int perYear = periodsPerYear(terms.frequency);
        const qint64 payment = annuityPayment(financed, rate, perYear, k);
        qint64 balance = financed;
        for (int n = 1; n <= k; ++n) {
            const qint64 interest = roundedDivide(
                balance * rate.numerator, rate.denominator * 100 * perYear, RoundingMode::HalfUp);
            const qint64 amount = n < k ? payment : balance + interest;
            balance -= amount - interest;
            schedule.append({n, dueDate(terms.firstDue, terms.frequency, n - 1), amount, interest});
        }
    }
    for (const ScheduledInstallment& installment : std::as_const(schedule)) {
        if (installment.amountMinor <= 0) {
            return fail(ErrorCode::InvalidInput,
                        u"too many installments for this amount: one would be zero or less"_s);
        }
    }
    return schedule;
}

} // namespace ardesk
