#include "storage/AgingRepository.h"

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

using OpenItemSql::openAmountBySeek;
using OpenItemSql::openRangeWhere;

using OpenItemSql::unappliedAsOf;

const QString unappliedWhere = u"WHERE true "_s;

QString customerFilter(const std::optional<CustomerId>& customer, const QString& column)
{
    return customer ? u" AND "_s + column + u" = ? "_s : QString();
}

} // namespace

AgingRepository::AgingRepository(Database& database)
    : m_database(database)
{}

// `open` and `unapplied`: each customer's open amount per class and unapplied credit (class
// -1), as of the query's date. Bind with bindClassAmounts().
QString AgingRepository::classAmountsCte(const OpenItemsQuery& query) const
{
    const QString dateColumn = query.byIssueDate ? u"i.issue_date"_s : u"i.due_date"_s;
    QString classify = u"CASE"_s;
    for (int k = 0; k < query.classStarts.size(); ++k)
        classify += u" WHEN "_s + dateColumn + u" >= ? THEN "_s + QString::number(k);
    classify += u" ELSE "_s + QString::number(query.classStarts.size()) + u" END"_s;

    return u"WITH open AS (SELECT customer_id, cls, sum(open) AS amount FROM ("_s +
           OpenItemSql::openOnly(u"SELECT i.customer_id AS customer_id, "_s + classify +
                                 u" AS cls, "_s + openAmountBySeek +
                                 u" AS open FROM invoices i INDEXED BY invoices_aging "_s +
                                 openRangeWhere(m_database.dialect()) +
                                 customerFilter(query.customer, u"i.customer_id"_s)) +
           u") AS open_items GROUP BY 1, 2), "
           "unapplied AS (SELECT p.customer_id, -1 AS cls, sum(p.unapplied) AS amount "_s +
           u"FROM "_s + unappliedAsOf(u"p.customer_id AS customer_id"_s) + u" p "_s +
           unappliedWhere + customerFilter(query.customer, u"p.customer_id"_s) +
           u" GROUP BY p.customer_id) "_s;
}

void AgingRepository::bindClassAmounts(QSqlQuery& sql, const OpenItemsQuery& query)
{
    // Positional parameters, in the order they appear in classAmountsCte(): the classes, then
    // openAmountBySeek and openRangeWhere take the date twice each.
    const QString asOf = IsoDate::format(query.asOf);
    for (const QDate& start : query.classStarts)
        sql.addBindValue(IsoDate::format(start));
    for (int i = 0; i < 4; ++i)
        sql.addBindValue(asOf);
    if (query.customer)
        sql.addBindValue(query.customer->value);
    for (int i = 0; i < 5; ++i) // unappliedAsOf
        sql.addBindValue(asOf);
    if (query.customer)
        sql.addBindValue(query.customer->value);
}

Result<QList<CustomerClassAmount>>
AgingRepository::amountsByCustomerAndClass(const OpenItemsQuery& query)
{
    const QString text = classAmountsCte(query) +
                         u"SELECT c.id AS customer_id, c.code AS customer_code, "
                         "c.name AS customer_name, c.currency AS currency, x.cls AS cls, "
                         "x.amount AS amount "
                         "FROM (SELECT * FROM open UNION ALL SELECT * FROM unapplied) x "
                         "JOIN customers c ON c.id = x.customer_id "
                         "ORDER BY c.name, c.code, x.cls"_s;
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, m_database.dialect().planned(text), u"preparing the aging query"_s);
        !ready)
        return std::unexpected(ready.error());
    bindClassAmounts(sql, query);
    if (auto ok = execute(sql, u"computing the aging"_s); !ok)
        return std::unexpected(ok.error());

    ResultColumns columns(sql);
    const int customerId = columns(u"customer_id"_s);
    const int customerCode = columns(u"customer_code"_s);
    const int customerName = columns(u"customer_name"_s);
    const int currency = columns(u"currency"_s);
    const int cls = columns(u"cls"_s);
    const int amount = columns(u"amount"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<CustomerClassAmount> result;
    while (sql.next()) {
        result.append({.customerId = CustomerId{sql.value(customerId).toLongLong()},
                       .customerCode = sql.value(customerCode).toString(),
                       .customerName = sql.value(customerName).toString(),
                       .currency = sql.value(currency).toString(),
                       .classIndex = sql.value(cls).toInt(),
                       .amountMinor = sql.value(amount).toLongLong()});
    }
    return result;
}

// The same sums as amountsByCustomerAndClass, added up per currency inside SQLite: a handful of
// rows instead of one per customer and class, with no sort by name (the dashboard's tiles).
Result<QList<CurrencyClassAmount>>
AgingRepository::amountsByCurrencyAndClass(const OpenItemsQuery& query)
{
    const QString text = classAmountsCte(query) +
                         u"SELECT c.currency AS currency, x.cls AS cls, sum(x.amount) AS amount "
                         "FROM (SELECT * FROM open UNION ALL SELECT * FROM unapplied) x "
                         "JOIN customers c ON c.id = x.customer_id "
                         "GROUP BY 1, 2 ORDER BY 1, 2"_s;
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, m_database.dialect().planned(text), u"preparing the aging totals"_s);
        !ready)
        return std::unexpected(ready.error());
    bindClassAmounts(sql, query);
    if (auto ok = execute(sql, u"computing the aging totals"_s); !ok)
        return std::unexpected(ok.error());

    ResultColumns columns(sql);
    const int currency = columns(u"currency"_s);
    const int cls = columns(u"cls"_s);
    const int amount = columns(u"amount"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<CurrencyClassAmount> result;
    while (sql.next()) {
        result.append({.currency = sql.value(currency).toString(),
                       .classIndex = sql.value(cls).toInt(),
                       .amountMinor = sql.value(amount).toLongLong()});
    }
    return result;
}

Result<QList<OpenItemRow>> AgingRepository::openItems(QDate asOf,
                                                      std::optional<CustomerId> customer)
{
    QList<OpenItemRow> result;
    auto read = forEachOpenItem(asOf, customer, [&](const OpenItemRow& row) -> Result<void> {
        result.append(row);
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return result;
}

Result<void>
AgingRepository::forEachOpenItem(QDate asOf, std::optional<CustomerId> customer,
                                 const std::function<Result<void>(const OpenItemRow&)>& visit)
{
    // One seek per item in the range rather than `late` (see openAmountBySeek): the export of
    // the open items as of a year back on the 1M ledger takes 0.6 s instead of 1.7 s.
    const QString text =
        OpenItemSql::openOnly(
            u"SELECT c.code AS customer_code, c.name AS customer_name, c.currency AS currency, "
            "i.number AS document, i.issue_date AS issue_date, i.due_date AS due_date, "
            "i.amount AS amount, i.discount_bp AS discount_bp, "
            "i.discount_until AS discount_until, "_s +
            openAmountBySeek + u" AS open FROM invoices i INDEXED BY invoices_aging "_s +
            u"JOIN customers c ON c.id = i.customer_id "_s + openRangeWhere(m_database.dialect()) +
            customerFilter(customer, u"i.customer_id"_s)) +
        u" UNION ALL SELECT c.code, c.name, c.currency, p.code, p.date, '', p.amount, 0, NULL, "
        "-p.unapplied "_s +
        u"FROM "_s +
        unappliedAsOf(u"p.customer_id AS customer_id, p.code AS code, p.date AS date, "
                      "p.amount AS amount"_s) +
        u" p JOIN customers c ON c.id = p.customer_id "_s + unappliedWhere +
        customerFilter(customer, u"p.customer_id"_s) +
        u" ORDER BY customer_name, customer_code, due_date, document"_s;

    const QString date = IsoDate::format(asOf);
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, m_database.dialect().planned(text), u"preparing the aging query"_s);
        !ready)
        return std::unexpected(ready.error());
    for (int i = 0; i < 4; ++i) // openAmountBySeek twice, then openRangeWhere twice
        sql.addBindValue(date);
    if (customer)
        sql.addBindValue(customer->value);
    for (int i = 0; i < 5; ++i) // unappliedAsOf
        sql.addBindValue(date);
    if (customer)
        sql.addBindValue(customer->value);
    if (auto ok = execute(sql, u"listing open items"_s); !ok)
        return std::unexpected(ok.error());

    // A credit's row has the names of the invoice rows before it in the UNION.
    ResultColumns columns(sql);
    const int customerCode = columns(u"customer_code"_s);
    const int customerName = columns(u"customer_name"_s);
    const int currency = columns(u"currency"_s);
    const int document = columns(u"document"_s);
    const int issueDate = columns(u"issue_date"_s);
    const int dueDate = columns(u"due_date"_s);
    const int open = columns(u"open"_s);
    const int amount = columns(u"amount"_s);
    const int discountRate = columns(u"discount_bp"_s);
    const int discountUntil = columns(u"discount_until"_s);
    if (auto ok = columns.check(); !ok)
        return ok;
    while (sql.next()) {
        const QString due = sql.value(dueDate).toString();
        const EarlyPaymentDiscount discount{
            .basisPoints = sql.value(discountRate).toInt(),
            .until = IsoDate::parse(sql.value(discountUntil).toString()).value_or(QDate())};
        const OpenItemRow row{
            .customerCode = sql.value(customerCode).toString(),
            .customerName = sql.value(customerName).toString(),
            .currency = sql.value(currency).toString(),
            .document = sql.value(document).toString(),
            .issueDate = IsoDate::parse(sql.value(issueDate).toString()).value_or(QDate()),
            .dueDate = due.isEmpty() ? QDate() : IsoDate::parse(due).value_or(QDate()),
            .openMinor = sql.value(open).toLongLong(),
            .discount = DiscountOffer::of(discount, sql.value(amount).toLongLong())};
        if (auto visited = visit(row); !visited)
            return visited;
    }
    return {};
}

} // namespace ardesk
