#pragma once

#include "domain/Error.h"
#include "plans/PlanReport.h"
#include "storage/AllocationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/PlanRepository.h"

namespace ardesk {

class Database;

// Installment plans: a plan takes over the open amount of chosen invoices (an allocation from
// the plan dated the plan's date) and owes it, plus fee and interest, as installments that are
// open items of their own (PLAN-<id>/<n>). Rescheduling moves what remains into a new plan and
// keeps the old one as history; cancelling gives the unpaid principal back to the invoices,
// which then age by their own due dates again.
class PlanService {
public:
    explicit PlanService(Database& database);

    Result<PlanView> create(const PlanRequest& request);
    Result<PlanView> reschedule(PlanId plan, const PlanScheduleRequest& request);
    Result<PlanView> cancel(PlanId plan, QDate date);

    // What create() and reschedule() would make of a request, refused for the same reasons,
    // without writing anything.
    Result<PlanPreview> preview(const PlanRequest& request);
    Result<PlanPreview> previewReschedule(PlanId plan, const PlanScheduleRequest& request);
    // The customer's invoices that --all-open would put on a plan dated `date`, oldest due
    // first, with the amounts the plan would take.
    Result<QList<CoverableInvoice>> coverableInvoices(const QString& customerCode, QDate date);

    Result<PlanView> show(PlanId plan, QDate asOf);
    // Plans made on or before the date, in creation order.
    Result<QList<PlanView>> list(QDate asOf);

private:
    struct Coverage {
        InvoiceId invoice;
        qint64 amountMinor;
        QList<LaterAllocation> later; // moved from the invoice to the plan's installments
        QString number;
        QDate issueDate;
    };
    // A plan being rescheduled and its installments with something open.
    struct Remaining {
        Plan plan;
        QList<OpenInvoice> open;
        qint64 openMinor = 0;
    };
    Result<Customer> customer(const QString& code);
    Result<QList<Coverage>> coverage(const PlanRequest& request, CustomerId customer);
    static qint64 coveredTotal(const QList<Coverage>& covered);
    Result<Remaining> remaining(PlanId plan, QDate date);
    static Result<PlanPreview> schedule(qint64 coveredMinor, CurrencyCode currency,
                                        const PlanScheduleRequest& request);
    Result<PlanId> store(Plan plan, const PlanScheduleRequest& request);
    PlanView view(const Plan& plan, const QList<PlanItem>& items, QDate asOf) const;

    Database& m_database;
    CustomerRepository m_customers;
    PlanRepository m_plans;
    AllocationRepository m_allocations;
};

} // namespace ardesk
