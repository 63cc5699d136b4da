#include "demo/DemoCollections.h"

#include <QList>
#include <QSet>

#include "aging/AgingService.h"
#include "ledger/ActivityService.h"
#include "plans/PlanService.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// A customer's oldest overdue invoice, as the aging detail lists it.
struct Overdue {
    QString customerCode;
    QString document;
    qint64 openMinor = 0;
    CurrencyCode currency;
};

// One overdue invoice per customer, the oldest first, installments and credit left out.
Result<QList<Overdue>> oldestOverdue(Database& database, QDate today)
{
    auto detail = AgingService(database).detail({.asOf = today});
    if (!detail)
        return std::unexpected(detail.error());
    QList<Overdue> found;
    QSet<QString> seen;
    for (const AgingDetailRow& row : std::as_const(detail->rows)) {
        if (!row.ageDays || *row.ageDays <= 0 || row.document.startsWith(u"PLAN-"_s) ||
            seen.contains(row.customerCode))
            continue;
        seen.insert(row.customerCode);
        found.append({row.customerCode, row.document, row.openMinor, row.currency});
    }
    std::stable_sort(found.begin(), found.end(),
                     [&](const Overdue& a, const Overdue& b) { return a.openMinor > b.openMinor; });
    return found;
}

} // namespace

Result<void> DemoCollections::add(Database& database, QDate today)
{
    auto overdue = oldestOverdue(database, today);
    if (!overdue)
        return std::unexpected(overdue.error());
    // Five customers with something overdue: a small demo always has them.
    if (overdue->size() < 5)
        return {};

    PlanService plans(database);
    const PlanRequest behind{
        .customerCode = overdue->at(0).customerCode,
        .invoiceNumbers = {},
        .allOpen = true,
        .schedule = {.date = today.addDays(-45),
                     .installments = 6,
                     .frequency = PlanFrequency::Monthly,
                     .firstDue = today.addDays(-40),
                     .downPayment = {},
                     .fee = u"25"_s,
                     .annualRate = {}},
    };
    if (auto plan = plans.create(behind); !plan)
        return std::unexpected(plan.error());
    const PlanRequest fresh{
        .customerCode = overdue->at(1).customerCode,
        .invoiceNumbers = {overdue->at(1).document},
        .allOpen = false,
        .schedule = {.date = today,
                     .installments = 4,
                     .frequency = PlanFrequency::Biweekly,
                     .firstDue = today.addDays(14),
                     .downPayment = {},
                     .fee = {},
                     .annualRate = u"6"_s},
    };
    if (auto plan = plans.create(fresh); !plan)
        return std::unexpected(plan.error());

    CustomerRepository customers(database);
    InvoiceRepository invoices(database);
    ActivityService activities(database);
    const auto ids = [&](const Overdue& item) -> Result<std::pair<CustomerId, InvoiceId>> {
        auto customer = customers.findByCode(item.customerCode);
        if (!customer)
            return std::unexpected(customer.error());
        auto invoice = invoices.findByNumber(item.document);
        if (!invoice)
            return std::unexpected(invoice.error());
        if (!*customer || !*invoice)
            return fail(ErrorCode::Storage, u"demo customer or invoice vanished"_s);
        return std::pair{(*customer)->id, (*invoice)->id};
    };

    const Overdue& disputed = overdue->at(2);
    auto disputedIds = ids(disputed);
    if (!disputedIds)
        return std::unexpected(disputedIds.error());
    const auto [disputedCustomer, disputedInvoice] = *disputedIds;
    if (auto call = activities.log(
            disputedCustomer, ActivityKind::Call, today.addDays(-9),
            u"Asked about %1; they say part of the delivery was damaged."_s.arg(disputed.document));
        !call)
        return std::unexpected(call.error());
    if (auto dispute = activities.openDispute(disputedCustomer, disputedInvoice, today.addDays(-8),
                                              u"Two cartons arrived damaged; photos requested."_s);
        !dispute)
        return std::unexpected(dispute.error());

    const Overdue& promising = overdue->at(3);
    auto promisingIds = ids(promising);
    if (!promisingIds)
        return std::unexpected(promisingIds.error());
    const auto [promisingCustomer, promisingInvoice] = *promisingIds;
    if (auto email =
            activities.log(promisingCustomer, ActivityKind::Email, today.addDays(-3),
                           u"Sent a copy of %1 to accounts payable."_s.arg(promising.document));
        !email)
        return std::unexpected(email.error());
    if (auto promise =
            activities.recordPromise({.customer = promisingCustomer,
                                      .date = today.addDays(-2),
                                      .amount = Money(promising.openMinor, promising.currency),
                                      .payBy = today.addDays(7),
                                      .invoice = promisingInvoice,
                                      .text = u"Will pay with next week's run."_s});
        !promise)
        return std::unexpected(promise.error());

    const Overdue& broken = overdue->at(4);
    auto brokenIds = ids(broken);
    if (!brokenIds)
        return std::unexpected(brokenIds.error());
    const auto [brokenCustomer, brokenInvoice] = *brokenIds;
    if (auto promise = activities.recordPromise({.customer = brokenCustomer,
                                                 .date = today.addDays(-30),
                                                 .amount = Money(broken.openMinor, broken.currency),
                                                 .payBy = today.addDays(-20),
                                                 .invoice = brokenInvoice,
                                                 .text = u"Promised on the phone."_s});
        !promise)
        return std::unexpected(promise.error());
    if (auto note = activities.log(brokenCustomer, ActivityKind::Note, today.addDays(-19),
                                   u"Promise not kept; escalate if nothing by month end."_s);
        !note)
        return std::unexpected(note.error());
    return {};
}

} // namespace ardesk
