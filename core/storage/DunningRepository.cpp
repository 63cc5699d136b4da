#include "storage/DunningRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/OpenItemSql.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

Result<QDate> dateValue(const QSqlQuery& sql, int column)
{
    const auto date = IsoDate::parse(sql.value(column).toString());
    if (!date)
        return fail(ErrorCode::LedgerCorrupt,
                    u"the ledger holds a bad date \"%1\""_s.arg(sql.value(column).toString()));
    return *date;
}

Result<void> prepareAndRun(QSqlQuery& sql, const QString& text, const QList<QVariant>& values,
                           const QString& context)
{
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, text, u"preparing "_s + context); !ready)
        return std::unexpected(ready.error());
    for (const QVariant& value : values)
        sql.addBindValue(value);
    return execute(sql, context);
}

} // namespace

DunningRepository::DunningRepository(Database& database)
    : m_database(database)
{}

Result<void>
DunningRepository::scanOverdueItems(QDate asOf, QDate dueBy,
                                    const std::function<void(const DunningCustomer&)>& onCustomer,
                                    const std::function<void(const OverdueItem&)>& onItem)
{
    using namespace OpenItemSql;
    // The last level comes from a seek on reminder_log's UNIQUE (invoice_id, level) index per
    // row of the scan; only log rows dated on or before the run count, so a run as of an
    // earlier date sees the ledger as it was then. The same holds for a hand-over to an
    // agency: a customer the agency has on the run's date is left out.
    const QString text =
        openOnly(
            u"SELECT i.customer_id, i.id, i.number, i.issue_date, i.due_date, i.amount, "
            "i.discount_bp, i.discount_until, i.kind, i.charge, "_s +
            openAmountBySeek +
            u" AS open, coalesce((SELECT max(r.level) FROM reminder_log r WHERE r.invoice_id = "
            "i.id AND r.date <= ?), -1) AS last_level, c.code AS customer_code, "
            "c.name AS customer_name, c.email, c.address, c.language, c.currency "
            "FROM invoices i INDEXED BY invoices_aging JOIN customers c ON c.id = i.customer_id "_s +
            openRangeWhere(m_database.dialect()) +
            u"AND i.due_date <= ? AND c.on_hold = 0 "
            "AND NOT EXISTS (SELECT 1 FROM agency_handovers h WHERE h.customer_id = c.id "
            "AND h.date <= ? AND (h.recalled_date IS NULL OR h.recalled_date > ?))"_s) +
        u"ORDER BY customer_name, customer_code, customer_id, due_date, number"_s;
    const QString date = IsoDate::format(asOf);
    QSqlQuery sql(m_database.connection());
    if (auto ok = prepareAndRun(sql, m_database.dialect().planned(text),
                                {date, date, date, date, date, IsoDate::format(dueBy), date, date},
                                u"the overdue items"_s);
        !ok)
        return ok;

    ResultColumns columns(sql);
    const int customerId = columns(u"customer_id"_s);
    const int id = columns(u"id"_s);
    const int number = columns(u"number"_s);
    const int issueDate = columns(u"issue_date"_s);
    const int dueDate = columns(u"due_date"_s);
    const int openAmount = columns(u"open"_s);
    const int lastLevel = columns(u"last_level"_s);
    const int amount = columns(u"amount"_s);
    const int discountRate = columns(u"discount_bp"_s);
    const int discountUntil = columns(u"discount_until"_s);
    const int kind = columns(u"kind"_s);
    const int charge = columns(u"charge"_s);
    const int customerCode = columns(u"customer_code"_s);
    const int customerName = columns(u"customer_name"_s);
    const int email = columns(u"email"_s);
    const int address = columns(u"address"_s);
    const int language = columns(u"language"_s);
    const int currencyCode = columns(u"currency"_s);
    if (auto ok = columns.check(); !ok)
        return ok;
    CustomerId current;
    while (sql.next()) {
        const CustomerId customer{sql.value(customerId).toLongLong()};
        if (customer != current) {
            const auto currency = CurrencyCode::fromCode(sql.value(currencyCode).toString());
            if (!currency)
                return fail(ErrorCode::LedgerCorrupt, u"customer %1 has an unknown currency"_s.arg(
                                                          sql.value(customerCode).toString()));
            onCustomer({.id = customer,
                        .code = sql.value(customerCode).toString(),
                        .name = sql.value(customerName).toString(),
                        .email = sql.value(email).toString(),
                        .address = sql.value(address).toString(),
                        .language = sql.value(language).toString(),
                        .currency = *currency});
            current = customer;
        }
        const auto issued = dateValue(sql, issueDate);
        const auto due = dateValue(sql, dueDate);
        if (!issued || !due)
            return std::unexpected(issued ? due.error() : issued.error());
        const qint64 open = sql.value(openAmount).toLongLong();
        if (open <= 0)
            continue;
        onItem(
            {.id = InvoiceId{sql.value(id).toLongLong()},
             .document = sql.value(number).toString(),
             .issueDate = *issued,
             .dueDate = *due,
             .openMinor = open,
             .discount = DiscountOffer::of(
                 {.basisPoints = sql.value(discountRate).toInt(),
                  .until = IsoDate::parse(sql.value(discountUntil).toString()).value_or(QDate())},
                 sql.value(amount).toLongLong()),
             .lastLevel = sql.value(lastLevel).toInt(),
             .installment = sql.value(kind).toString() == u"S"_s,
             .charge = sql.value(charge).toInt() != 0});
    }
    return {};
}

Result<QSet<InvoiceId>> DunningRepository::disputedItems(QDate asOf)
{
    const QString date = IsoDate::format(asOf);
    QSqlQuery sql(m_database.connection());
    if (auto ok = prepareAndRun(sql,
                                u"SELECT invoice_id FROM activities WHERE kind = 'dispute' "
                                "AND date <= ? AND (resolved_date IS NULL OR resolved_date > ?)"_s,
                                {date, date}, u"the disputes"_s);
        !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int invoiceId = columns(u"invoice_id"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QSet<InvoiceId> disputed;
    while (sql.next())
        disputed.insert(InvoiceId{sql.value(invoiceId).toLongLong()});
    return disputed;
}

Result<QList<RunningPromise>> DunningRepository::runningPromises(QDate asOf)
{
    const QString date = IsoDate::format(asOf);
    QSqlQuery sql(m_database.connection());
    if (auto ok = prepareAndRun(sql,
                                u"SELECT customer_id, coalesce(invoice_id, 0) AS invoice_id "
                                "FROM activities "
                                "WHERE kind = 'promise' AND promised_date >= ? AND date <= ?"_s,
                                {date, date}, u"the promises to pay"_s);
        !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int customerId = columns(u"customer_id"_s);
    const int invoiceId = columns(u"invoice_id"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<RunningPromise> promises;
    while (sql.next())
        promises.append({.customer = CustomerId{sql.value(customerId).toLongLong()},
                         .invoice = InvoiceId{sql.value(invoiceId).toLongLong()}});
    return promises;
}

} // namespace ardesk
