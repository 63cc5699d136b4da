#pragma once

#include <string>

#include "kpi/KpiReport.h"
#include "support/ServiceLedger.h"

namespace ardesk::test {

// `ardesk-cli kpi --from FROM --to TO --period PERIOD` on a test ledger, through KpiService.
KpiReport kpiReport(ServiceLedger& ledger, const char* from, const char* to,
                    KpiPeriod period = KpiPeriod::Month);

// The same report as the contract's CSV without its header line: one line per period, so a
// failing check shows every figure of the row at once.
std::string kpiRows(ServiceLedger& ledger, const char* from, const char* to,
                    KpiPeriod period = KpiPeriod::Month);

// The KPI CSV header line of the contract.
extern const std::string kpiHeader;

} // namespace ardesk::test
