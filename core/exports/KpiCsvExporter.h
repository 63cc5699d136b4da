#pragma once

#include <QIODevice>

#include "kpi/KpiReport.h"

namespace ardesk {

// The KPI CSV of the public contract (docs/contract.md: "KPIs"):
// period_start,period_end,credit_sales,begin_ar,end_ar,current_ar,dso,dso_countback,bpdso,add,cei
// Amounts with the currency's minor digits, ratios with 2 decimals, empty cells for undefined
// ratios.
class KpiCsvExporter {
public:
    static bool write(const KpiReport& report, QIODevice* device);

    // "55.93", "-0.50", "0.00"; empty when the ratio is undefined.
    static QString formatRatio(const KpiRatio& ratio);
};

} // namespace ardesk
