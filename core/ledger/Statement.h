#pragma once

#include <QDate>
#include <QList>

#include "aging/AgingReport.h"
#include "domain/AgingBuckets.h"
#include "domain/Customer.h"

namespace ardesk {

// A customer statement as of a date: every open item and unapplied credit, and how old the
// balance is (the aging buckets of the customer's summary row).
struct Statement {
    Customer customer;
    QDate asOf;
    AgingBuckets buckets;
    QList<AgingDetailRow> items; // by due date, then document; unapplied credit too
    QList<qint64> bucketsMinor;  // one per bucket
    qint64 unappliedMinor = 0;   // <= 0
    qint64 totalMinor = 0;       // buckets + unapplied: what the customer owes
};

} // namespace ardesk
