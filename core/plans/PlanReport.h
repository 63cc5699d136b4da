#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Plan.h"
#include "domain/PlanTerms.h"

namespace ardesk {

enum class InstallmentStatus { Paid, Partial, Overdue, Due, Rescheduled, Cancelled };
enum class PlanStatus { Active, Completed, Defaulted, Rescheduled, Cancelled };

QString installmentStatusName(InstallmentStatus status);
QString planStatusName(PlanStatus status);

struct InstallmentRow {
    int number = 0; // 0 = down payment
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 paidMinor = 0;
    qint64 openMinor = 0;
    InstallmentStatus status = InstallmentStatus::Due;
    // Days past its due date with something still open, as of the view's date; 0 otherwise.
    // A partly paid installment can be overdue too, which its status alone does not say.
    qint64 daysOverdue = 0;
};

// A plan as of a date: its installments' state and its own.
struct PlanView {
    Plan plan;
    QList<InstallmentRow> installments;
    PlanStatus status = PlanStatus::Active;
    qint64 totalMinor = 0;
    qint64 openMinor = 0;
};

// The terms a user asks for. Amounts are texts because how many decimals they may have depends
// on the customer's currency, which the service knows.
struct PlanScheduleRequest {
    QDate date;
    int installments = 1;
    PlanFrequency frequency = PlanFrequency::Monthly;
    QDate firstDue;
    QString downPayment; // empty: none
    QString fee;         // empty: none
    QString annualRate;  // empty: no interest
};

// What a plan would be, computed without writing: the amounts its terms come to and the
// schedule of the spec (PlanSchedule), so that a form can show exactly what will be stored.
struct PlanPreview {
    CurrencyCode currency;
    qint64 coveredMinor = 0;
    qint64 feeMinor = 0;
    qint64 downPaymentMinor = 0;
    QString annualRate; // normalized ("7.25"), empty for none
    QList<ScheduledInstallment> schedule;
    qint64 totalMinor = 0; // every installment, interest included

    // What the installments come to beyond the covered amount and the fee.
    qint64 interestMinor() const { return totalMinor - coveredMinor - feeMinor; }
};

// An invoice a new plan could take over, with the amount it would take.
struct CoverableInvoice {
    QString number;
    QDate issueDate;
    qint64 amountMinor = 0;
};

struct PlanRequest {
    QString customerCode;
    QStringList invoiceNumbers; // ignored when allOpen
    bool allOpen = false;
    PlanScheduleRequest schedule;
};

} // namespace ardesk
