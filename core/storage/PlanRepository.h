#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "domain/Plan.h"
#include "storage/AllocationRepository.h"
#include "storage/PreparedStatement.h"

namespace ardesk {

class Database;

// One installment of a plan with what had happened to it as of a date.
struct PlanItem {
    InvoiceId id;
    int number = 0;
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 paidMinor = 0; // payments, credit notes and write-offs dated on or before the date
    qint64 openMinor = 0; // what was still owed on it as of the date
};

// An invoice a plan took over, and how much of it.
struct CoveredInvoice {
    InvoiceId id;
    QDate dueDate;
    QString number;
    qint64 coveredMinor = 0;
};

// Money a payment, credit note or write-off put on an invoice, dated after a given date.
struct LaterAllocation {
    AllocationSource source;
    QDate date;
    qint64 amountMinor = 0;
};

// An invoice as a plan sees it on the plan's date.
struct InvoiceAsOf {
    InvoiceId id;
    QString number;
    CustomerId customerId;
    QDate issueDate;
    qint64 openAsOfMinor = 0; // as of the date asked
    qint64 openNowMinor = 0;  // with every allocation counted
};

class PlanRepository {
public:
    explicit PlanRepository(Database& database);

    Result<PlanId> insert(const Plan& plan);
    // Stores an installment as an open item PLAN-<id>/<n> of the plan's customer.
    Result<InvoiceId> insertInstallment(const Plan& plan, int number, QDate dueDate,
                                        qint64 amountMinor);
    Result<void> linkInvoice(PlanId plan, InvoiceId invoice, qint64 coveredMinor);
    Result<void> end(PlanId plan, Plan::State state, QDate date);

    Result<std::optional<Plan>> find(PlanId plan);
    Result<QList<Plan>> all();
    Result<QList<PlanItem>> items(PlanId plan, QDate asOf);
    // Installments with something open now, in installment order.
    Result<QList<OpenInvoice>> openItems(PlanId plan);
    Result<QList<CoveredInvoice>> coveredInvoices(PlanId plan);
    // The active plan that took this invoice over, if any.
    Result<std::optional<PlanId>> activePlanOf(InvoiceId invoice);
    // activePlanOf() for every invoice an active plan took over, read at once for an import
    // that would otherwise ask for each of a million payments.
    Result<QHash<InvoiceId, PlanId>> activePlans();
    // Every installment of the plan, open or not, in installment order.
    Result<QList<InvoiceId>> installments(PlanId plan);

    // Real invoices (not installments) by number, and the customer's invoices issued on or
    // before the date with something open as of it, oldest due first.
    Result<std::optional<InvoiceAsOf>> invoiceAsOf(const QString& number, QDate asOf);
    Result<QList<InvoiceAsOf>> openInvoicesAsOf(CustomerId customer, QDate asOf);
    // The invoice's allocations from payments, credit notes and write-offs dated after the
    // date, in date order (then as recorded).
    Result<QList<LaterAllocation>> allocationsAfter(InvoiceId invoice, QDate date);

private:
    Database& m_database;
    // Asked for every payment that names an invoice: prepared once.
    PreparedStatement m_activePlanOf;
};

} // namespace ardesk
