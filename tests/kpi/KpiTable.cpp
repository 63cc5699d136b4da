#include "KpiTable.h"

#include <catch2/catch.hpp>

#include <QBuffer>

#include "exports/KpiCsvExporter.h"
#include "kpi/KpiService.h"

namespace ardesk::test {

const std::string kpiHeader =
    "period_start,period_end,credit_sales,begin_ar,end_ar,current_ar,dso,dso_countback,bpdso,add,"
    "cei\n";

KpiReport kpiReport(ServiceLedger& ledger, const char* from, const char* to, KpiPeriod period)
{
    const auto report =
        KpiService(ledger.database()).report({.from = day(from), .to = day(to), .period = period});
    if (!report)
        FAIL("KPI report: " << report.error().detail.toStdString());
    return *report;
}

std::string kpiRows(ServiceLedger& ledger, const char* from, const char* to, KpiPeriod period)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(KpiCsvExporter::write(kpiReport(ledger, from, to, period), &buffer));
    const std::string csv = buffer.data().toStdString();
    REQUIRE(csv.starts_with(kpiHeader));
    return csv.substr(kpiHeader.size());
}

} // namespace ardesk::test
