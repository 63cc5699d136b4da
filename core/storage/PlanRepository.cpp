#include "storage/PlanRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/CreditorReference.h"
#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
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
    u"SELECT p.id, p.customer_id, c.code AS customer_code, c.name AS customer_name, p.date, "
    "p.currency, p.covered, p.fee, p.down_payment, p.installments, p.frequency, p.first_due, "
    "p.annual_rate, p.status, p.replaces_plan_id, p.ended_date FROM plans p "
    "JOIN customers c ON c.id = p.customer_id "_s;

// Where planColumns' columns are.
struct PlanColumns {
    explicit PlanColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , customerId(columns(u"customer_id"_s))
        , customerCode(columns(u"customer_code"_s))
        , customerName(columns(u"customer_name"_s))
        , date(columns(u"date"_s))
        , currency(columns(u"currency"_s))
        , covered(columns(u"covered"_s))
        , fee(columns(u"fee"_s))
        , downPayment(columns(u"down_payment"_s))
        , installments(columns(u"installments"_s))
        , frequency(columns(u"frequency"_s))
        , firstDue(columns(u"first_due"_s))
        , annualRate(columns(u"annual_rate"_s))
        , status(columns(u"status"_s))
        , replacesPlanId(columns(u"replaces_plan_id"_s))
        , endedDate(columns(u"ended_date"_s))
    {}

    int id, customerId, customerCode, customerName, date, currency, covered, fee, downPayment,
        installments, frequency, firstDue, annualRate, status, replacesPlanId, endedDate;
};

Result<Plan> readPlan(const QSqlQuery& query, const PlanColumns& at)
{
    const auto currency = CurrencyCode::fromCode(query.value(at.currency).toString());
    const auto frequency = planFrequencyFromName(query.value(at.frequency).toString());
    if (!currency || !frequency)
        return fail(ErrorCode::LedgerCorrupt, u"a plan with unknown currency or frequency"_s);
    return Plan{.id = PlanId{query.value(at.id).toLongLong()},
                .customerId = CustomerId{query.value(at.customerId).toLongLong()},
                .customerCode = query.value(at.customerCode).toString(),
                .customerName = query.value(at.customerName).toString(),
                .date = dateValue(query.value(at.date)),
                .currency = *currency,
                .coveredMinor = query.value(at.covered).toLongLong(),
                .feeMinor = query.value(at.fee).toLongLong(),
                .downPaymentMinor = query.value(at.downPayment).toLongLong(),
                .installments = query.value(at.installments).toInt(),
                .frequency = *frequency,
                .firstDue = dateValue(query.value(at.firstDue)),
                .annualRate = query.value(at.annualRate).toString(),
                .state = stateFromName(query.value(at.status).toString()),
                .replacesPlanId = PlanId{query.value(at.replacesPlanId).toLongLong()},
                .endedDate = dateValue(query.value(at.endedDate))};
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
    if (auto ready = prepare(
            query, u"INSERT INTO plans(customer_id, date, currency, covered, fee, down_payment, "
                   "installments, frequency, first_due, annual_rate, status, replaces_plan_id, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, "_s +
                       m_database.dialect().utcNow() + u")"_s + m_database.dialect().returningId());
        !ready)
        return std::unexpected(ready.error());
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
    return PlanId{m_database.dialect().insertedId(query).value_or(0)};
}

Result<InvoiceId> PlanRepository::insertInstallment(const Plan& plan, int number, QDate dueDate,
                                                    qint64 amountMinor)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query, u"INSERT INTO invoices(number, customer_id, issue_date, due_date, amount, "
                   "currency, description, payment_reference, created_at, kind, plan_id, "
                   "installment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "_s +
                       m_database.dialect().utcNow() + u", 'S', ?, ?)"_s +
                       m_database.dialect().returningId());
        !ready)
        return std::unexpected(ready.error());
    const QString name = u"PLAN-%1/%2"_s.arg(plan.id.value).arg(number);
    query.addBindValue(name);
    query.addBindValue(plan.customerId.value);
    query.addBindValue(IsoDate::format(plan.date));
    query.addBindValue(IsoDate::format(dueDate));
    query.addBindValue(amountMinor);
    query.addBindValue(plan.currency.code());
    query.addBindValue(number == 0 ? u"Down payment"_s : u"Installment %1"_s.arg(number));
    query.addBindValue(CreditorReference::forDocument(name).value_or(u""_s));
    query.addBindValue(plan.id.value);
    query.addBindValue(number);
    if (auto ok = execute(query, u"saving installment "_s + name); !ok)
        return std::unexpected(ok.error());
    return InvoiceId{m_database.dialect().insertedId(query).value_or(0)};
}

Result<void> PlanRepository::linkInvoice(PlanId plan, InvoiceId invoice, qint64 coveredMinor)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query, u"INSERT INTO plan_invoices(plan_id, invoice_id, amount) VALUES (?, ?, ?)"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(plan.value);
    query.addBindValue(invoice.value);
    query.addBindValue(coveredMinor);
    return execute(query, u"linking an invoice to a plan"_s);
}

Result<void> PlanRepository::end(PlanId plan, Plan::State state, QDate date)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(query, u"UPDATE plans SET status = ?, ended_date = ? WHERE id = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(stateName(state));
    query.addBindValue(IsoDate::format(date));
    query.addBindValue(plan.value);
    return execute(query, u"ending a plan"_s);
}

Result<std::optional<Plan>> PlanRepository::find(PlanId plan)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(query, planColumns + u"WHERE p.id = ?"_s); !ready)
        return std::unexpected(ready.error());
    query.addBindValue(plan.value);
    if (auto ok = execute(query, u"reading a plan"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<PlanColumns>(query);
    if (!columns)
        return std::unexpected(columns.error());
    if (!query.next())
        return std::optional<Plan>();
    auto found = readPlan(query, *columns);
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
    return readRows<Plan, PlanColumns>(query, readPlan);
}

Result<QList<PlanItem>> PlanRepository::items(PlanId plan, QDate asOf)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query,
            u"SELECT i.id, i.installment, i.due_date, i.amount, "
            "coalesce(sum(CASE WHEN a.plan_id IS NULL AND a.source_date <= :asOf "
            "THEN a.amount END), 0) AS paid, "
            "coalesce(sum(CASE WHEN a.source_date <= :asOf THEN a.amount END), 0) AS "
            "allocated_as_of "
            "FROM invoices i LEFT JOIN allocations a ON a.invoice_id = i.id "
            "WHERE i.plan_id = :plan AND i.kind = 'S' GROUP BY i.id ORDER BY i.installment"_s);
        !ready)
        return std::unexpected(ready.error());
    query.bindValue(u":asOf"_s, IsoDate::format(asOf));
    query.bindValue(u":plan"_s, plan.value);
    if (auto ok = execute(query, u"reading a plan's installments"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(query);
    const int id = columns(u"id"_s);
    const int installment = columns(u"installment"_s);
    const int dueDate = columns(u"due_date"_s);
    const int amountColumn = columns(u"amount"_s);
    const int paid = columns(u"paid"_s);
    const int allocated = columns(u"allocated_as_of"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<PlanItem> items;
    while (query.next()) {
        const qint64 amount = query.value(amountColumn).toLongLong();
        items.append({.id = InvoiceId{query.value(id).toLongLong()},
                      .number = query.value(installment).toInt(),
                      .dueDate = dateValue(query.value(dueDate)),
                      .amountMinor = amount,
                      .paidMinor = query.value(paid).toLongLong(),
                      .openMinor = amount - query.value(allocated).toLongLong()});
    }
    return items;
}

Result<QList<OpenInvoice>> PlanRepository::openItems(PlanId plan)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(query, u"SELECT id, amount - allocated AS open FROM invoices "
                                    "WHERE plan_id = ? AND kind = 'S' AND allocated < amount "
                                    "ORDER BY installment"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(plan.value);
    if (auto ok = execute(query, u"reading a plan's open installments"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(query);
    const int id = columns(u"id"_s);
    const int open = columns(u"open"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<OpenInvoice> items;
    while (query.next())
        items.append({InvoiceId{query.value(id).toLongLong()}, query.value(open).toLongLong()});
    return items;
}

Result<QList<CoveredInvoice>> PlanRepository::coveredInvoices(PlanId plan)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query, u"SELECT i.id, i.due_date, i.number, pi.amount AS covered FROM plan_invoices pi "
                   "JOIN invoices i ON i.id = pi.invoice_id WHERE pi.plan_id = ? "
                   "ORDER BY i.due_date, i.number"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(plan.value);
    if (auto ok = execute(query, u"reading a plan's invoices"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(query);
    const int id = columns(u"id"_s);
    const int dueDate = columns(u"due_date"_s);
    const int number = columns(u"number"_s);
    const int covered = columns(u"covered"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<CoveredInvoice> invoices;
    while (query.next()) {
        invoices.append({.id = InvoiceId{query.value(id).toLongLong()},
                         .dueDate = dateValue(query.value(dueDate)),
                         .number = query.value(number).toString(),
                         .coveredMinor = query.value(covered).toLongLong()});
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
    ResultColumns columns(query);
    const int id = columns(u"id"_s);
    if (auto ok = columns.check(); !ok) {
        query.finish();
        return std::unexpected(ok.error());
    }
    std::optional<PlanId> plan;
    if (query.next())
        plan = PlanId{query.value(id).toLongLong()};
    query.finish();
    return plan;
}

Result<QHash<InvoiceId, PlanId>> PlanRepository::activePlans()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The latest plan per invoice, as activePlanOf() picks it.
    if (auto ready = prepare(query, u"SELECT pi.invoice_id AS invoice_id, max(p.id) AS plan_id "
                                    "FROM plan_invoices pi JOIN plans p ON p.id = pi.plan_id "
                                    "WHERE p.status = 'active' GROUP BY pi.invoice_id"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(query, u"reading the active plans"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(query);
    const int invoice = columns(u"invoice_id"_s);
    const int plan = columns(u"plan_id"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QHash<InvoiceId, PlanId> plans;
    while (query.next()) {
        plans.insert(InvoiceId{query.value(invoice).toLongLong()},
                     PlanId{query.value(plan).toLongLong()});
    }
    return plans;
}

Result<QList<InvoiceId>> PlanRepository::installments(PlanId plan)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ready = prepare(query, u"SELECT id FROM invoices WHERE plan_id = ? AND kind = 'S' "
                                    "ORDER BY installment"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(plan.value);
    if (auto ok = execute(query, u"reading a plan's installments"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(query);
    const int id = columns(u"id"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<InvoiceId> ids;
    while (query.next())
        ids.append(InvoiceId{query.value(id).toLongLong()});
    return ids;
}

namespace {

const QString invoiceAsOfColumns = u"SELECT i.id, i.number, i.customer_id, i.issue_date, "
                                   "i.amount - coalesce((SELECT sum(a.amount) FROM allocations a "
                                   "WHERE a.invoice_id = i.id AND a.source_date <= :asOf), 0) "
                                   "AS open_as_of, i.amount - i.allocated AS open_now "
                                   "FROM invoices i "_s;

// Where invoiceAsOfColumns' columns are.
struct InvoiceAsOfColumns {
    explicit InvoiceAsOfColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , number(columns(u"number"_s))
        , customerId(columns(u"customer_id"_s))
        , issueDate(columns(u"issue_date"_s))
        , openAsOf(columns(u"open_as_of"_s))
        , openNow(columns(u"open_now"_s))
    {}

    int id, number, customerId, issueDate, openAsOf, openNow;
};

InvoiceAsOf readInvoiceAsOf(const QSqlQuery& query, const InvoiceAsOfColumns& at)
{
    return {.id = InvoiceId{query.value(at.id).toLongLong()},
            .number = query.value(at.number).toString(),
            .customerId = CustomerId{query.value(at.customerId).toLongLong()},
            .issueDate = dateValue(query.value(at.issueDate)),
            .openAsOfMinor = query.value(at.openAsOf).toLongLong(),
            .openNowMinor = query.value(at.openNow).toLongLong()};
}

} // namespace

Result<std::optional<InvoiceAsOf>> PlanRepository::invoiceAsOf(const QString& number, QDate asOf)
{
    QSqlQuery query(m_database.connection());
    if (auto ready =
            prepare(query, invoiceAsOfColumns + u"WHERE i.number = :number AND i.kind = 'I'"_s);
        !ready)
        return std::unexpected(ready.error());
    query.bindValue(u":asOf"_s, IsoDate::format(asOf));
    query.bindValue(u":number"_s, number);
    if (auto ok = execute(query, u"reading invoice "_s + number); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<InvoiceAsOfColumns>(query);
    if (!columns)
        return std::unexpected(columns.error());
    if (!query.next())
        return std::optional<InvoiceAsOf>();
    return std::optional<InvoiceAsOf>(readInvoiceAsOf(query, *columns));
}

Result<QList<InvoiceAsOf>> PlanRepository::openInvoicesAsOf(CustomerId customer, QDate asOf)
{
    QSqlQuery query(m_database.connection());
    if (auto ready =
            prepare(query, invoiceAsOfColumns +
                               u"WHERE i.customer_id = :customer AND i.kind = 'I' "
                               "AND i.issue_date <= :asOf ORDER BY i.due_date, i.number"_s);
        !ready)
        return std::unexpected(ready.error());
    query.bindValue(u":asOf"_s, IsoDate::format(asOf));
    query.bindValue(u":customer"_s, customer.value);
    if (auto ok = execute(query, u"reading open invoices"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<InvoiceAsOfColumns>(query);
    if (!columns)
        return std::unexpected(columns.error());
    QList<InvoiceAsOf> invoices;
    while (query.next()) {
        const InvoiceAsOf invoice = readInvoiceAsOf(query, *columns);
        if (invoice.openAsOfMinor > 0)
            invoices.append(invoice);
    }
    return invoices;
}

Result<QList<LaterAllocation>> PlanRepository::allocationsAfter(InvoiceId invoice, QDate date)
{
    QSqlQuery query(m_database.connection());
    if (auto ready =
            prepare(query, u"SELECT credit_id, write_off_id, source_date, amount FROM allocations "
                           "WHERE invoice_id = ? AND source_date > ? AND plan_id IS NULL "
                           "ORDER BY source_date, id"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(invoice.value);
    query.addBindValue(IsoDate::format(date));
    if (auto ok = execute(query, u"reading an invoice's later allocations"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(query);
    const int creditId = columns(u"credit_id"_s);
    const int writeOffId = columns(u"write_off_id"_s);
    const int sourceDate = columns(u"source_date"_s);
    const int amount = columns(u"amount"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<LaterAllocation> allocations;
    while (query.next()) {
        const AllocationSource source =
            query.isNull(creditId)
                ? AllocationSource(WriteOffId{query.value(writeOffId).toLongLong()})
                : AllocationSource(CreditId{query.value(creditId).toLongLong()});
        allocations.append({.source = source,
                            .date = dateValue(query.value(sourceDate)),
                            .amountMinor = query.value(amount).toLongLong()});
    }
    return allocations;
}

} // namespace ardesk
