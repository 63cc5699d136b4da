#pragma once

#include <QDate>
#include <QString>

#include "domain/Ids.h"
#include "domain/Money.h"

namespace ardesk {

struct WriteOff {
    WriteOffId id;
    InvoiceId invoiceId;
    QDate date;
    Money amount;
    QString reason;
};

} // namespace ardesk
