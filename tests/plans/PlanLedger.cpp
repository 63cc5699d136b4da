#include "PlanLedger.h"

#include <catch2/catch.hpp>

#include <QBuffer>

#include "exports/PlanCsvExporter.h"
#include "plans/PlanService.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

PlanLedger::PlanLedger()
{
    load(ImportKind::Customers, "customer_id,name\n"
                                "C1,Alpha\n"
                                "C2,Beta\n");
    load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                               "INV-1,C1,2025-01-01,2025-01-31,600.00\n"
                               "INV-2,C1,2025-01-10,2025-02-09,400.00\n"
                               "INV-3,C1,2025-01-20,2025-02-19,50.00\n"
                               "INV-9,C2,2025-01-05,2025-02-04,300.00\n");
}

PlanRequest PlanLedger::request(const QString& customer, const QStringList& invoices, int k,
                                const char* firstDue, const char* date)
{
    return {.customerCode = customer,
            .invoiceNumbers = invoices,
            .allOpen = invoices.isEmpty(),
            .schedule = {.date = day(date),
                         .installments = k,
                         .frequency = PlanFrequency::Monthly,
                         .firstDue = day(firstDue)}};
}

qint64 PlanLedger::create(const PlanRequest& request)
{
    const auto plan = PlanService(database()).create(request);
    if (!plan)
        FAIL("plan create: " << plan.error().detail.toStdString());
    return plan->plan.id.value;
}

Error PlanLedger::refusal(const PlanRequest& request)
{
    const std::string before = detail(agingOptions("2030-12-31"));
    const std::string plansBefore = list("2030-12-31");
    const auto plan = PlanService(database()).create(request);
    REQUIRE_FALSE(plan.has_value());
    CHECK(detail(agingOptions("2030-12-31")) == before);
    CHECK(list("2030-12-31") == plansBefore);
    return plan.error();
}

void PlanLedger::pay(const QByteArray& rows)
{
    load(ImportKind::Payments,
         "payment_id,customer_id,date,amount,invoice_number,plan_id\n" + rows);
}

PlanView PlanLedger::view(qint64 plan, const char* asOf)
{
    const auto shown = PlanService(database()).show(PlanId{plan}, day(asOf));
    if (!shown)
        FAIL("plan show: " << shown.error().detail.toStdString());
    return *shown;
}

std::string PlanLedger::show(qint64 plan, const char* asOf)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(PlanCsvExporter::writeSchedule(view(plan, asOf), &buffer));
    return buffer.data().toStdString();
}

std::string PlanLedger::list(const char* asOf)
{
    const auto plans = PlanService(database()).list(day(asOf));
    if (!plans)
        FAIL("plan list: " << plans.error().detail.toStdString());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(PlanCsvExporter::writeList(*plans, &buffer));
    return buffer.data().toStdString();
}

} // namespace ardesk::test
