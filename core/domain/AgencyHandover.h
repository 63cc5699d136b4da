#pragma once

#include <QDate>
#include <QString>

#include "domain/Ids.h"

namespace ardesk {

// A customer handed over to a collection agency: from `date` the agency collects, ARDesk sends
// no reminder and the customer's open items show it, until the customer is recalled (taken
// back) on `recalledDate`, from which day the bookkeeper collects again.
struct AgencyHandover {
    AgencyHandoverId id;
    CustomerId customer;
    QString customerCode; // read back with the customer, for lists and files
    QString customerName;
    QDate date;
    QString agency;
    QString note;
    QDate recalledDate; // null while the agency has the customer
    QString recallNote;

    // With the agency on `day`: handed over on or before it and not recalled by then.
    bool isActiveOn(QDate day) const
    {
        return date <= day && (recalledDate.isNull() || recalledDate > day);
    }
};

} // namespace ardesk
