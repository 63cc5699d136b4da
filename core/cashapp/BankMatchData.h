#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "domain/Customer.h"
#include "storage/AllocationRepository.h"

namespace ardesk {

// What the matcher consults, read once per run: the customers, every open item, and the
// counterparty accounts remembered from confirmed lines.
struct BankMatchData {
    QList<Customer> customers;
    QList<AllocationItem> openItems; // by customer, then oldest due date first
    QHash<QString, CustomerId> rememberedAccounts;
};

} // namespace ardesk
