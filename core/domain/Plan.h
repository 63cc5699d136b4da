#pragma once

#include <QDate>
#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Ids.h"
#include "domain/PlanTerms.h"

namespace ardesk {

// An installment plan as stored: the terms it was made with and where it stands in its life.
// A rescheduled plan is replaced by a new one (replacesPlanId on the new plan); a cancelled
// one gave its invoices back. Both stay in the ledger as history.
struct Plan {
    enum class State { Active, Rescheduled, Cancelled };

    PlanId id;
    CustomerId customerId;
    QString customerCode;
    QString customerName; // read with the plan, for lists; not stored with it
    QDate date;
    CurrencyCode currency;
    qint64 coveredMinor = 0;
    qint64 feeMinor = 0;
    qint64 downPaymentMinor = 0;
    int installments = 0;
    PlanFrequency frequency = PlanFrequency::Monthly;
    QDate firstDue;
    QString annualRate; // percent as entered, empty for none
    State state = State::Active;
    PlanId replacesPlanId;
    QDate endedDate; // when rescheduled or cancelled
};

} // namespace ardesk
