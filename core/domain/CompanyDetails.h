#pragma once

#include <QString>

#include "domain/PaymentDetails.h"

namespace ardesk {

// Who the ledger belongs to, as letters and statements print it in their letterhead, and how
// its customers pay it.
struct CompanyDetails {
    QString name;
    QString address; // several lines, as written on an envelope
    QString email;
    QString phone;
    QString taxId; // VAT or tax number, printed as given
    PaymentDetails payment;
};

} // namespace ardesk
