#pragma once

#include <QString>

namespace ardesk {

// Who the ledger belongs to, as letters and statements print it in their letterhead.
struct CompanyDetails {
    QString name;
    QString address; // several lines, as written on an envelope
    QString email;
    QString phone;
    QString taxId; // VAT or tax number, printed as given
};

} // namespace ardesk
