#pragma once

#include <QIODevice>

#include "aging/AgingReport.h"

namespace ardesk {

// The aging CSV of the public contract (docs/contract.md: "Aging").
// Summary: customer_id,customer_name,currency,<buckets>,unapplied,total + TOTAL rows.
// Detail: customer_id,customer_name,currency,document,issue_date,due_date,age_days,bucket,
// open_amount.
class AgingCsvExporter {
public:
    static bool writeSummary(const AgingSummary& summary, QIODevice* device);
    static bool writeDetail(const AgingDetail& detail, QIODevice* device);
};

} // namespace ardesk
