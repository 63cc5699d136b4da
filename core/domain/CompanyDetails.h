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
    // Where the company is registered and under which number ("Registered in England and
    // Wales No. 01234567", "Amtsgericht Berlin HRB 12345"): business letters must say so in
    // many countries; printed as given in every letter's foot.
    QString registration;
    PaymentDetails payment;

    bool operator==(const CompanyDetails&) const = default;
};

} // namespace ardesk
