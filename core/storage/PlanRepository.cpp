#include "storage/PlanRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/AuditTimestamp.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString stateName(Plan::State state)
{
    switch (state) {
    case Plan::State::Active:
        return u"active"_s;
    case Plan::State::Rescheduled:
        return u"rescheduled"_s;
    case Plan::State::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

Plan::State stateFromName(const QString& name)
{
    if (name == u"rescheduled"_s)
        return Plan::State::Rescheduled;
    if (name == u"cancelled"_s)
        return Plan::State::Cancelled;
    return Plan::State::Active;
}

QDate dateValue(const QVariant& value)
{
    return IsoDate::parse(value.toString()).value_or(QDate());
}

const QString planColumns =
    u"SELECT p.id, p.customer_id, c.code, p.date, p.currency, p.covered, p.fee, "
    "p.down_payment, p.installments, p.frequency, p.first_due, p.annual_rate, p.status, "
    "p.replaces_plan_id, p.ended_date, c.name FROM plans p "
    "JOIN customers c ON c.id = p.customer_id "_s;

Result<Plan> readPlan(const QSqlQuery& query)
{
    const auto currency = CurrencyCode::fromCode(query.value(4).toString());
    const auto frequency = planFrequencyFromName(query.value(9).toString());
    if (!currency || !frequency)
        return fail(ErrorCode::LedgerCorrupt, u"a plan with unknown currency or frequency"_s);
    return Plan{.id = PlanId{query.value(0).toLongLong()},
                .customerId = CustomerId{query.value(1).toLongLong()},
                .customerCode = query.value(2).toString(),
                .customerName = query.value(15).toString(),
                .date = dateValue(query.value(3)),
                .currency = *currency,
                .coveredMinor = query.value(5).toLongLong(),
                .feeMinor = query.value(6).toLongLong(),
                .downPaymentMinor = query.value(7).toLongLong(),
                .installments = query.value(8).toInt(),
                .frequency = *frequency,
                .firstDue = dateValue(query.value(10)),
                .annualRate = query.value(11).toString(),
                .state = stateFromName(query.value(12).toString()),
                .replacesPlanId = PlanId{query.value(13).toLongLong()},
                .endedDate = dateValue(query.value(14))};
}

} // namespace

PlanRepository::PlanRepository(Database& database)
    : m_database(database)
    , m_activePlanOf(database,
                     u"SELECT p.id FROM plan_invoices pi JOIN plans p ON p.id = pi.plan_id "
                     "WHERE pi.invoice_id = ? AND p.status = 'active' ORDER BY p.id DESC LIMIT 1"_s)
{}

Result<PlanId> PlanRepository::insert(const Plan& plan)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO plans(customer_id, date, currency, covered, fee, down_payment, "
                  "installments, frequency, first_due, annual_rate, status, replaces_plan_id, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, "_s +
                  auditTimestampSql + u")"_s);
    query.addBindValue(plan.customerId.value);
    query.addBindValue(IsoDate::format(plan.date));
    query.addBindValue(plan.currency.code());
    query.addBindValue(plan.coveredMinor);
    query.addBindValue(plan.feeMinor);
    query.addBindValue(plan.downPaymentMinor);
    query.addBindValue(plan.installments);
    query.addBindValue(planFrequencyName(plan.frequency));
    query.addBindValue(IsoDate::format(plan.firstDue));
    query.addBindValue(textValue(plan.annualRate));
    query.addBindValue(optionalValue(
        plan.replacesPlanId.isValid() ? std::optional(plan.replacesPlanId.value) : std::nullopt));
    if (auto ok = execute(query, u"saving a plan"_s); !ok)
        return std::unexpected(ok.error());
    return PlanId{query.lastInsertId().toLongLong()};
}

Result<InvoiceId> PlanRepository::insertInstallment(const Plan& plan, int number, QDate dueDate,
                                                    qint64 amountMinor)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO invoices(number, customer_id, issue_date, due_date, amount, "
                  "currency, description, created_at, kind, plan_id, installment) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, "_s +
                  auditTimestampSql + u", 'S', ?, ?)"_s);
    const QString name = u"PLAN-%1/%2"_s.arg(plan.id.value).arg(number);
    query.addBindValue(name);
    query.addBindValue(plan.customerId.value);
    query.addBindValue(IsoDate::format(plan.date));
    query.addBindValue(IsoDate::format(dueDate));
    query.addBindValue(amountMinor);
    query.addBindValue(plan.currency.code());
    query.addBindValue(number == 0 ? u"Down payment"_s : u"Installment %1"_s.arg(number));
    query.addBindValue(plan.id.value);
    query.addBindValue(number);
    if (auto ok = execute(query, u"saving installment "_s + name); !ok)
        return std::unexpected(ok.error());
    return InvoiceId{query.lastInsertId().toLongLong()};
}

Result<void> PlanRepository::linkInvoice(PlanId plan, InvoiceId invoice, qint64 coveredMinor)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO plan_invoices(plan_id, invoice_id, amount) VALUES (?, ?, ?)"_s);
    query.addBindValue(plan.value);
    query.addBindValue(invoice.value);
    query.addBindValue(coveredMinor);
    return execute(query, u"linking an invoice to a plan"_s);
}

Result<void> PlanRepository::end(PlanId plan, Plan::State state, QDate date)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE plans SET status = ?, ended_date = ? WHERE id = ?"_s);
    query.addBindValue(stateName(state));
    query.addBindValue(IsoDate::format(date));
    query.addBindValue(plan.value);
    return execute(query, u"ending a plan"_s);
}

Result<std::optional<Plan>> PlanRepository::find(PlanId plan)
{
    QSqlQuery query(m_database.connection());
    query.prepare(planColumns + u"WHERE p.id = ?"_s);
    query.addBindValue(plan.value);
    if (auto ok = execute(query, u"reading a plan"_s); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<Plan>();
    auto found = readPlan(query);
    if (!found)
        return std::unexpected(found.error());
    return std::optional<Plan>(*found);
}

Result<QList<Plan>> PlanRepository::all()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(planColumns + u"ORDER BY p.id"_s))
        return std::unexpected(storageError(query.lastError(), u"listing plans"_s));
    QList<Plan> plans;
    while (query.next()) {
        auto plan = readPlan(query);
        if (!plan)
            return std::unexpected(plan.error());
        plans.append(*plan);
    }
    return plans;
}

Result<QList<PlanItem>> PlanRepository::items(PlanId plan, QDate asOf)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT i.id, i.installment, i.due_date, i.amount, "
        "coalesce(sum(CASE WHEN a.plan_id IS NULL AND a.source_date <= :asOf "
        "THEN a.amount END), 0), "
        "coalesce(sum(CASE WHEN a.source_date <= :asOf THEN a.amount END), 0) "
        "FROM invoices i LEFT JOIN allocations a ON a.invoice_id = i.id "
        "WHERE i.plan_id = :plan AND i.kind = 'S' GROUP BY i.id ORDER BY i.installment"_s);
    query.bindValue(u":asOf"_s, IsoDate::format(asOf));
    query.bindValue(u":plan"_s, plan.value);
    if (auto ok = execute(query, u"reading a plan's installments"_s); !ok)
        return std::unexpected(ok.error());
    QList<PlanItem> items;
    while (query.next()) {
        const qint64 amount = query.value(3).toLongLong();
        items.append({.id = InvoiceId{query.value(0).toLongLong()},
                      .number = query.value(1).toInt(),
                      .dueDate = dateValue(query.value(2)),
                      .amountMinor = amount,
                      .paidMinor = query.value(4).toLongLong(),
                      .openMinor = amount - query.value(5).toLongLong()});
    }
    return items;
}

Result<QList<OpenInvoice>> PlanRepository::openItems(PlanId plan)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, amount - allocated FROM invoices "
                  "WHERE plan_id = ? AND kind = 'S' AND allocated < amount "
                  "ORDER BY installment"_s);
    query.addBindValue(plan.value);
    if (auto ok = execute(query, u"reading a plan's open installments"_s); !ok)
        return std::unexpected(ok.error());
    QList<OpenInvoice> items;
    while (query.next())
        items.append({InvoiceId{query.value(0).toLongLong()}, query.value(1).toLongLong()});
    return items;
}

Result<QList<CoveredInvoice>> PlanRepository::coveredInvoices(PlanId plan)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT i.id, i.due_date, i.number, pi.amount FROM plan_invoices pi "
                  "JOIN invoices i ON i.id = pi.invoice_id WHERE pi.plan_id = ? "
                  "ORDER BY i.due_date, i.number"_s);
    query.addBindValue(plan.value);
    if (auto ok = execute(query, u"reading a plan's invoices"_s); !ok)
        return std::unexpected(ok.error());
    QList<CoveredInvoice> invoices;
    while (query.next()) {
        invoices.append({.id = InvoiceId{query.value(0).toLongLong()},
                         .dueDate = dateValue(query.value(1)),
                         .number = query.value(2).toString(),
                         .coveredMinor = query.value(3).toLongLong()});
    }
    return invoices;
}

Result<std::optional<PlanId>> PlanRepository::activePlanOf(InvoiceId invoice)
{
    const auto prepared = m_activePlanOf.query();
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery& query = **prepared;
    query.addBindValue(invoice.value);
    if (auto ok = execute(query, u"finding an invoice's plan"_s); !ok)
        return std::unexpected(ok.error());
    std::optional<PlanId> plan;
    if (query.next())
        plan = PlanId{query.value(0).toLongLong()};
    query.finish();
    return plan;
}

namespace {

const QString invoiceAsOfColumns = u"SELECT i.id, i.number, i.customer_id, i.issue_date, "
                                   "i.amount - coalesce((SELECT sum(a.amount) FROM allocations a "
                                   "WHERE a.invoice_id = i.id AND a.source_date <= :asOf), 0), "
                                   "i.amount - i.allocated FROM invoices i "_s;

InvoiceAsOf readInvoiceAsOf(const QSqlQuery& query)
{
    return {.id = InvoiceId{query.value(0).toLongLong()},
            .number = query.value(1).toString(),
            .customerId = CustomerId{query.value(2).toLongLong()},
            .issueDate = dateValue(query.value(3)),
            .openAsOfMinor = query.value(4).toLongLong(),
            .openNowMinor = query.value(5).toLongLong()};
}

} // namespace

Result<std::optional<InvoiceAsOf>> PlanRepository::invoiceAsOf(const QString& number, QDate asOf)
{
    QSqlQuery query(m_database.connection());
    query.prepare(invoiceAsOfColumns + u"WHERE i.number = :number AND i.kind = 'I'"_s);
    query.bindValue(u":asOf"_s, IsoDate::format(asOf));
    query.bindValue(u":number"_s, number);
    if (auto ok = execute(query, u"reading invoice "_s + number); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::optional<InvoiceAsOf>();
    return std::optional<InvoiceAsOf>(readInvoiceAsOf(query));
}

Result<QList<InvoiceAsOf>> PlanRepository::openInvoicesAsOf(CustomerId customer, QDate asOf)
{
    QSqlQuery query(m_database.connection());
    query.prepare(invoiceAsOfColumns + u"WHERE i.customer_id = :customer AND i.kind = 'I' "
                                       "AND i.issue_date <= :asOf ORDER BY i.due_date, i.number"_s);
    query.bindValue(u":asOf"_s, IsoDate::format(asOf));
    query.bindValue(u":customer"_s, customer.value);
    if (auto ok = execute(query, u"reading open invoices"_s); !ok)
        return std::unexpected(ok.error());
    QList<InvoiceAsOf> invoices;
    while (query.next()) {
        const InvoiceAsOf invoice = readInvoiceAsOf(query);
        if (invoice.openAsOfMinor > 0)
            invoices.append(invoice);
    }
    return invoices;
}

Result<QList<LaterAllocation>> PlanRepository::allocationsAfter(InvoiceId invoice, QDate date)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT credit_id, write_off_id, source_date, amount FROM allocations "
                  "WHERE invoice_id = ? AND source_date > ? AND plan_id IS NULL "
                  "ORDER BY source_date, id"_s);
    query.addBindValue(invoice.value);
    query.addBindValue(IsoDate::format(date));
    if (auto ok = execute(query, u"reading an invoice's later allocations"_s); !ok)
        return std::unexpected(ok.error());
    QList<LaterAllocation> allocations;
    while (query.next()) {
        const AllocationSource source =
            query.value(0).isNull() ? AllocationSource(WriteOffId{query.value(1).toLongLong()})
                                    : AllocationSource(CreditId{query.value(0).toLongLong()});
        allocations.append({.source = source,
                            .date = dateValue(query.value(2)),
                            .amountMinor = query.value(3).toLongLong()});
    }
    return allocations;
}

} // namespace ardesk
