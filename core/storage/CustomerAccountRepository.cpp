#include "storage/CustomerAccountRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Matches the WHERE of the partial index activities_open_disputes, so each probe is one
// index lookup.
const QString openDispute = u"EXISTS (SELECT 1 FROM activities d WHERE d.invoice_id = i.id "
                            "AND d.kind = 'dispute' AND d.resolved_date IS NULL)"_s;

} // namespace

CustomerAccountRepository::CustomerAccountRepository(Database& database)
    : m_database(database)
{}

Result<AccountSummary> CustomerAccountRepository::summary(CustomerId customer, QDate asOf)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    // ISO dates compare as text: no julianday() per row.
    if (auto ready = prepare(
            sql,
            u"SELECT coalesce(sum(i.amount - i.allocated), 0) AS open, "
            "coalesce(sum(CASE WHEN i.due_date < :asOf THEN i.amount - i.allocated END), 0) "
            "AS overdue, count(*) AS open_items, coalesce(sum("_s +
                openDispute +
                u"), 0) AS open_disputes, "
                "(SELECT coalesce(sum(unapplied), 0) FROM credits "
                "WHERE customer_id = :customer AND unapplied > 0) AS unapplied "
                "FROM invoices i WHERE i.customer_id = :customer AND i.allocated < i.amount"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.bindValue(u":asOf"_s, IsoDate::format(asOf));
    sql.bindValue(u":customer"_s, customer.value);
    if (auto ok = execute(sql, u"reading the customer's balance"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int open = columns(u"open"_s);
    const int overdue = columns(u"overdue"_s);
    const int unapplied = columns(u"unapplied"_s);
    const int openItems = columns(u"open_items"_s);
    const int openDisputes = columns(u"open_disputes"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    if (!sql.next())
        return AccountSummary{};
    return AccountSummary{.openMinor = sql.value(open).toLongLong(),
                          .overdueMinor = sql.value(overdue).toLongLong(),
                          .unappliedMinor = sql.value(unapplied).toLongLong(),
                          .openItems = sql.value(openItems).toLongLong(),
                          .openDisputes = sql.value(openDisputes).toLongLong()};
}

Result<QList<AccountOpenItem>> CustomerAccountRepository::openItems(CustomerId customer, int limit)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql,
            u"SELECT i.id, i.number, i.kind, i.issue_date, i.due_date, i.amount, "
            "i.amount - i.allocated AS open, i.currency, "_s +
                openDispute +
                u" AS disputed FROM invoices i WHERE i.customer_id = ? AND i.allocated < i.amount "
                "ORDER BY i.due_date, i.number LIMIT ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(customer.value);
    sql.addBindValue(limit);
    if (auto ok = execute(sql, u"reading the customer's open items"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int id = columns(u"id"_s);
    const int number = columns(u"number"_s);
    const int kind = columns(u"kind"_s);
    const int issueDate = columns(u"issue_date"_s);
    const int dueDate = columns(u"due_date"_s);
    const int amount = columns(u"amount"_s);
    const int open = columns(u"open"_s);
    const int currencyCode = columns(u"currency"_s);
    const int disputed = columns(u"disputed"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<AccountOpenItem> items;
    while (sql.next()) {
        const auto issued = IsoDate::parse(sql.value(issueDate).toString());
        const auto due = IsoDate::parse(sql.value(dueDate).toString());
        const auto currency = CurrencyCode::fromCode(sql.value(currencyCode).toString());
        if (!issued || !due || !currency)
            return fail(ErrorCode::LedgerCorrupt, u"invoice "_s + sql.value(number).toString() +
                                                      u" has a bad currency or date"_s);
        items.append({.id = InvoiceId{sql.value(id).toLongLong()},
                      .document = sql.value(number).toString(),
                      .installment = sql.value(kind).toString() == u"S"_s,
                      .issueDate = *issued,
                      .dueDate = *due,
                      .amountMinor = sql.value(amount).toLongLong(),
                      .openMinor = sql.value(open).toLongLong(),
                      .currency = *currency,
                      .disputed = sql.value(disputed).toBool()});
    }
    return items;
}

Result<QList<AccountCredit>> CustomerAccountRepository::credits(CustomerId customer, int limit)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    // Discounts allowed come after their payment on the same day (a higher order key).
    if (auto ready = prepare(
            sql, u"SELECT id, kind, code, date, amount, unapplied, currency, method, reference, "
                 "reason, 2 * id AS sequence, void_date, void_reason FROM credits "
                 "WHERE customer_id = ? "
                 "UNION ALL SELECT w.id, 'D', i.number, w.date, w.amount, 0, i.currency, '', "
                 "coalesce(p.code, ''), '', 2 * coalesce(w.credit_id, 0) + 1, NULL, '' "
                 "FROM write_offs w "
                 "JOIN invoices i ON i.id = w.invoice_id LEFT JOIN credits p ON p.id = w.credit_id "
                 "WHERE w.kind = 'D' AND i.customer_id = ? "
                 "ORDER BY date DESC, sequence DESC, id DESC LIMIT ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(customer.value);
    sql.addBindValue(customer.value);
    sql.addBindValue(limit);
    if (auto ok = execute(sql, u"reading the customer's payments"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int id = columns(u"id"_s);
    const int kind = columns(u"kind"_s);
    const int code = columns(u"code"_s);
    const int dateText = columns(u"date"_s);
    const int amount = columns(u"amount"_s);
    const int unapplied = columns(u"unapplied"_s);
    const int currencyCode = columns(u"currency"_s);
    const int method = columns(u"method"_s);
    const int referenceText = columns(u"reference"_s);
    const int reason = columns(u"reason"_s);
    const int voidDate = columns(u"void_date"_s);
    const int voidReason = columns(u"void_reason"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<AccountCredit> credits;
    while (sql.next()) {
        const auto date = IsoDate::parse(sql.value(dateText).toString());
        const auto currency = CurrencyCode::fromCode(sql.value(currencyCode).toString());
        if (!date || !currency)
            return fail(ErrorCode::LedgerCorrupt, u"payment "_s + sql.value(code).toString() +
                                                      u" has a bad currency or date"_s);
        const QString kindText = sql.value(kind).toString();
        const bool discount = kindText == u"D"_s;
        const bool payment = discount || kindText == u"P"_s;
        const QString reference = sql.value(referenceText).toString();
        credits.append(
            {.id = discount ? CreditId{} : CreditId{sql.value(id).toLongLong()},
             .kind = payment ? Credit::Kind::Payment : Credit::Kind::CreditNote,
             .discount = discount,
             .code = sql.value(code).toString(),
             .date = *date,
             .amountMinor = sql.value(amount).toLongLong(),
             .unappliedMinor = sql.value(unapplied).toLongLong(),
             .currency = *currency,
             .note = payment ? (reference.isEmpty() ? sql.value(method).toString() : reference)
                             : sql.value(reason).toString(),
             .voidDate = sql.value(voidDate).isNull()
                             ? QDate()
                             : IsoDate::parse(sql.value(voidDate).toString()).value_or(QDate()),
             .voidReason = sql.value(voidReason).toString()});
    }
    return credits;
}

Result<qint64> CustomerAccountRepository::creditCount(CustomerId customer)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT (SELECT count(*) FROM credits WHERE customer_id = ?) + "
                 "(SELECT count(*) FROM write_offs w JOIN invoices i ON i.id = w.invoice_id "
                 "WHERE w.kind = 'D' AND i.customer_id = ?) AS count"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(customer.value);
    sql.addBindValue(customer.value);
    if (auto ok = execute(sql, u"counting the customer's payments"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<qint64>(sql, u"count"_s);
}

} // namespace ardesk
