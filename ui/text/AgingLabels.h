#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/AgingBuckets.h"

namespace ardesk {

// Translated names of aging buckets for charts and titles ("Current", "1–30", "91+"); the CSV
// keeps the machine labels of AgingBuckets::label().
class AgingLabels {
    Q_DECLARE_TR_FUNCTIONS(AgingLabels)

public:
    static QString bucket(const AgingBuckets& buckets, int index);
};

} // namespace ardesk
