#include "storage/CustomerAccountRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/Database.h"
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
    sql.prepare(u"SELECT coalesce(sum(i.amount - i.allocated), 0), "
                "coalesce(sum(CASE WHEN i.due_date < :asOf THEN i.amount - i.allocated END), 0), "
                "count(*), coalesce(sum("_s +
                openDispute +
                u"), 0), "
                "(SELECT coalesce(sum(unapplied), 0) FROM credits "
                "WHERE customer_id = :customer AND unapplied > 0) "
                "FROM invoices i WHERE i.customer_id = :customer AND i.allocated < i.amount"_s);
    sql.bindValue(u":asOf"_s, IsoDate::format(asOf));
    sql.bindValue(u":customer"_s, customer.value);
    if (auto ok = execute(sql, u"reading the customer's balance"_s); !ok)
        return std::unexpected(ok.error());
    if (!sql.next())
        return AccountSummary{};
    return AccountSummary{.openMinor = sql.value(0).toLongLong(),
                          .overdueMinor = sql.value(1).toLongLong(),
                          .unappliedMinor = sql.value(4).toLongLong(),
                          .openItems = sql.value(2).toLongLong(),
                          .openDisputes = sql.value(3).toLongLong()};
}

Result<QList<AccountOpenItem>> CustomerAccountRepository::openItems(CustomerId customer, int limit)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(u"SELECT i.id, i.number, i.kind, i.issue_date, i.due_date, i.amount, "
                "i.amount - i.allocated, i.currency, "_s +
                openDispute +
                u" FROM invoices i WHERE i.customer_id = ? AND i.allocated < i.amount "
                "ORDER BY i.due_date, i.number LIMIT ?"_s);
    sql.addBindValue(customer.value);
    sql.addBindValue(limit);
    if (auto ok = execute(sql, u"reading the customer's open items"_s); !ok)
        return std::unexpected(ok.error());
    QList<AccountOpenItem> items;
    while (sql.next()) {
        const auto issued = IsoDate::parse(sql.value(3).toString());
        const auto due = IsoDate::parse(sql.value(4).toString());
        const auto currency = CurrencyCode::fromCode(sql.value(7).toString());
        if (!issued || !due || !currency)
            return fail(ErrorCode::LedgerCorrupt,
                        u"invoice "_s + sql.value(1).toString() + u" has a bad currency or date"_s);
        items.append({.id = InvoiceId{sql.value(0).toLongLong()},
                      .document = sql.value(1).toString(),
                      .installment = sql.value(2).toString() == u"S"_s,
                      .issueDate = *issued,
                      .dueDate = *due,
                      .amountMinor = sql.value(5).toLongLong(),
                      .openMinor = sql.value(6).toLongLong(),
                      .currency = *currency,
                      .disputed = sql.value(8).toBool()});
    }
    return items;
}

Result<QList<AccountCredit>> CustomerAccountRepository::credits(CustomerId customer, int limit)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(u"SELECT id, kind, code, date, amount, unapplied, currency, method, reference, "
                "reason FROM credits WHERE customer_id = ? ORDER BY date DESC, id DESC LIMIT ?"_s);
    sql.addBindValue(customer.value);
    sql.addBindValue(limit);
    if (auto ok = execute(sql, u"reading the customer's payments"_s); !ok)
        return std::unexpected(ok.error());
    QList<AccountCredit> credits;
    while (sql.next()) {
        const auto date = IsoDate::parse(sql.value(3).toString());
        const auto currency = CurrencyCode::fromCode(sql.value(6).toString());
        if (!date || !currency)
            return fail(ErrorCode::LedgerCorrupt,
                        u"payment "_s + sql.value(2).toString() + u" has a bad currency or date"_s);
        const bool payment = sql.value(1).toString() == u"P"_s;
        const QString reference = sql.value(8).toString();
        credits.append({.id = CreditId{sql.value(0).toLongLong()},
                        .kind = payment ? Credit::Kind::Payment : Credit::Kind::CreditNote,
                        .code = sql.value(2).toString(),
                        .date = *date,
                        .amountMinor = sql.value(4).toLongLong(),
                        .unappliedMinor = sql.value(5).toLongLong(),
                        .currency = *currency,
                        .note = payment
                                    ? (reference.isEmpty() ? sql.value(7).toString() : reference)
                                    : sql.value(9).toString()});
    }
    return credits;
}

Result<qint64> CustomerAccountRepository::creditCount(CustomerId customer)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(u"SELECT count(*) FROM credits WHERE customer_id = ?"_s);
    sql.addBindValue(customer.value);
    if (auto ok = execute(sql, u"counting the customer's payments"_s); !ok)
        return std::unexpected(ok.error());
    return sql.next() ? sql.value(0).toLongLong() : 0;
}

} // namespace ardesk
