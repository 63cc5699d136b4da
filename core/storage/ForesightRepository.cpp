#include "storage/ForesightRepository.h"

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QSqlQuery>
#include <QVariant>

#include "domain/CurrencyCode.h"
#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/OpenItemSql.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// "YYYY-MM-DD" as a Julian day number, read straight from the characters: three dates of a
// million rows through QDate::fromString would cost more than the whole scan. 0 when the text
// is not a date (the caller reports it).
template <typename Text>
qint32 julianDayOf(const Text& text)
{
    if (text.size() != 10 || text.at(4).unicode() != u'-' || text.at(7).unicode() != u'-')
        return 0;
    const auto digits = [&text](qsizetype from, qsizetype count) {
        int number = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const auto digit = static_cast<int>(text.at(i).unicode());
            if (digit < '0' || digit > '9')
                return -1;
            number = number * 10 + (digit - '0');
        }
        return number;
    };
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    return date.isValid() ? static_cast<qint32>(date.toJulianDay()) : 0;
}

qint32 julianDay(QByteArrayView text)
{
    return julianDayOf(QLatin1StringView(text));
}

qint32 julianDay(const QVariant& value)
{
    return julianDayOf(value.toString());
}

Error badDate(const QVariant& value, const QString& where)
{
    return Error{ErrorCode::LedgerCorrupt,
                 u"%1 holds a bad date \"%2\""_s.arg(where, value.toString())};
}

Result<void> run(const SqlDialect& dialect, QSqlQuery& sql, const QString& text,
                 const QString& what)
{
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, dialect.planned(text), u"preparing "_s + what); !ready)
        return std::unexpected(ready.error());
    return {};
}

} // namespace

ForesightRepository::ForesightRepository(Database& database)
    : m_database(database)
{}

Result<std::vector<ForesightItem>> ForesightRepository::items(QDate issuedBy)
{
    // invoices_aging covers every column read here (the rowid is in every index), so this is
    // one walk of the index without touching the table: 0.25 s of SQLite for 1M invoices. The
    // three dates come as one blob of 30 bytes: one value instead of three QStrings per row,
    // which took the read of 1M rows from 1.6 s to well under one.
    QSqlQuery sql(m_database.connection());
    if (auto ok = run(
            m_database.dialect(), sql,
            u"SELECT i.id AS id, i.customer_id AS customer_id, i.amount AS amount, "_s +
                m_database.dialect().asBytes(u"i.issue_date || i.due_date || i.settled_date"_s) +
                u" AS dates FROM invoices i INDEXED BY invoices_aging "
                "WHERE i.settled_date >= '' AND i.issue_date <= ?"_s,
            u"the payment history"_s);
        !ok)
        return std::unexpected(ok.error());
    sql.addBindValue(IsoDate::format(issuedBy));
    if (auto ok = execute(sql, u"reading the payment history"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int id = columns(u"id"_s);
    const int customerId = columns(u"customer_id"_s);
    const int amount = columns(u"amount"_s);
    const int dates = columns(u"dates"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    std::vector<ForesightItem> rows;
    while (sql.next()) {
        const QByteArray text = sql.value(dates).toByteArray();
        const QByteArrayView view(text);
        ForesightItem row{.invoiceId = sql.value(id).toLongLong(),
                          .customerId = sql.value(customerId).toLongLong(),
                          .amountMinor = sql.value(amount).toLongLong(),
                          .issueDay =
                              julianDay(view.sliced(0, std::min<qsizetype>(10, view.size()))),
                          .dueDay = view.size() == 30 ? julianDay(view.sliced(10, 10)) : 0,
                          .settledDay = view.size() == 30 ? julianDay(view.sliced(20, 10)) : 0};
        if (row.issueDay == 0 || row.dueDay == 0 || row.settledDay == 0)
            return fail(ErrorCode::LedgerCorrupt,
                        u"invoice %1 holds a bad date among \"%2\""_s.arg(row.invoiceId)
                            .arg(QString::fromUtf8(text)));
        rows.push_back(row);
    }
    return rows;
}

Result<QList<ForesightOpenItem>> ForesightRepository::openItems(QDate asOf)
{
    using OpenItemSql::openAmountBySeek;
    using OpenItemSql::openRangeWhere;
    QSqlQuery sql(m_database.connection());
    if (auto ok =
            run(m_database.dialect(), sql,
                OpenItemSql::openOnly(
                    u"SELECT i.id AS id, i.customer_id AS customer_id, i.number AS number, "
                    "i.currency AS currency, i.amount AS amount, i.issue_date AS issue_date, "
                    "i.due_date AS due_date, coalesce(i.plan_id, 0) AS plan_id, "_s +
                    openAmountBySeek + u" AS open FROM invoices i INDEXED BY invoices_aging "_s +
                    openRangeWhere(m_database.dialect())) +
                    u"ORDER BY customer_id, due_date, number"_s,
                u"the open items"_s);
        !ok)
        return std::unexpected(ok.error());
    const QString date = IsoDate::format(asOf);
    for (int i = 0; i < 4; ++i) // openAmountBySeek twice, then openRangeWhere twice
        sql.addBindValue(date);
    if (auto ok = execute(sql, u"reading the open items"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int id = columns(u"id"_s);
    const int customerId = columns(u"customer_id"_s);
    const int number = columns(u"number"_s);
    const int currency = columns(u"currency"_s);
    const int amount = columns(u"amount"_s);
    const int issueDate = columns(u"issue_date"_s);
    const int dueDate = columns(u"due_date"_s);
    const int planId = columns(u"plan_id"_s);
    const int open = columns(u"open"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<ForesightOpenItem> rows;
    while (sql.next()) {
        ForesightOpenItem row{.invoiceId = sql.value(id).toLongLong(),
                              .customerId = sql.value(customerId).toLongLong(),
                              .document = sql.value(number).toString(),
                              .currency = sql.value(currency).toString(),
                              .amountMinor = sql.value(amount).toLongLong(),
                              .openMinor = sql.value(open).toLongLong(),
                              .issueDay = julianDay(sql.value(issueDate)),
                              .dueDay = julianDay(sql.value(dueDate)),
                              .planId = sql.value(planId).toLongLong()};
        if (row.issueDay == 0 || row.dueDay == 0)
            return std::unexpected(badDate(sql.value(row.issueDay == 0 ? issueDate : dueDate),
                                           u"invoice "_s + row.document));
        rows.append(row);
    }
    return rows;
}

Result<QList<ForesightCustomer>> ForesightRepository::customers()
{
    QSqlQuery sql(m_database.connection());
    if (auto ok = run(m_database.dialect(), sql,
                      u"SELECT id, code, name, currency, terms_days FROM customers ORDER BY id"_s,
                      u"the customers"_s);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = execute(sql, u"reading the customers"_s); !ok)
        return std::unexpected(ok.error());
    struct Columns {
        explicit Columns(ResultColumns& names)
            : id(names(u"id"_s))
            , code(names(u"code"_s))
            , name(names(u"name"_s))
            , currency(names(u"currency"_s))
            , terms(names(u"terms_days"_s))
        {}
        int id, code, name, currency, terms;
    };
    return readRows<ForesightCustomer, Columns>(
        sql, [](const QSqlQuery& row, const Columns& c) -> Result<ForesightCustomer> {
            return ForesightCustomer{.id = row.value(c.id).toLongLong(),
                                     .code = row.value(c.code).toString(),
                                     .name = row.value(c.name).toString(),
                                     .currency = row.value(c.currency).toString(),
                                     .termsDays = row.value(c.terms).toInt()};
        });
}

namespace {

Result<QList<ItemEvent>> readEvents(QSqlQuery& sql, const QString& what)
{
    if (auto ok = execute(sql, u"reading "_s + what); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int invoiceId = columns(u"invoice_id"_s);
    const int customerId = columns(u"customer_id"_s);
    const int date = columns(u"date"_s);
    const int level = columns(u"level"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<ItemEvent> rows;
    while (sql.next()) {
        const qint32 day = julianDay(sql.value(date));
        if (day == 0)
            return std::unexpected(badDate(sql.value(date), what));
        rows.append({.invoiceId = sql.value(invoiceId).toLongLong(),
                     .customerId = sql.value(customerId).toLongLong(),
                     .day = day,
                     .level = sql.value(level).toInt()});
    }
    return rows;
}

} // namespace

Result<QList<ItemEvent>> ForesightRepository::settlementsWithoutPayment()
{
    // Two seeks of partial indexes; a plan's negative allocation (a cancelled plan giving an
    // invoice back) is no settlement, and neither is an early-payment discount: its payment
    // settled the invoice, on the same day.
    QSqlQuery sql(m_database.connection());
    if (auto ok = run(m_database.dialect(), sql,
                      u"SELECT a.invoice_id AS invoice_id, i.customer_id AS customer_id, "
                      "a.source_date AS date, 0 AS level FROM allocations a "
                      "INDEXED BY allocations_by_write_off JOIN invoices i ON i.id = a.invoice_id "
                      "WHERE a.write_off_id IS NOT NULL AND (SELECT w.kind FROM write_offs w "
                      "WHERE w.id = a.write_off_id) = 'W' "
                      "UNION ALL SELECT a.invoice_id, i.customer_id, a.source_date, 0 "
                      "FROM allocations a INDEXED BY allocations_by_plan "
                      "JOIN invoices i ON i.id = a.invoice_id "
                      "WHERE a.plan_id IS NOT NULL AND a.amount > 0"_s,
                      u"the write-offs and plans"_s);
        !ok)
        return std::unexpected(ok.error());
    return readEvents(sql, u"the write-offs and plans"_s);
}

Result<QList<ItemEvent>> ForesightRepository::reminders()
{
    QSqlQuery sql(m_database.connection());
    if (auto ok = run(m_database.dialect(), sql,
                      u"SELECT invoice_id, customer_id, date, level FROM reminder_log"_s,
                      u"the reminder log"_s);
        !ok)
        return std::unexpected(ok.error());
    return readEvents(sql, u"the reminder log"_s);
}

Result<QList<Activity>> ForesightRepository::promisesAndDisputes()
{
    QSqlQuery sql(m_database.connection());
    if (auto ok = run(m_database.dialect(), sql,
                      u"SELECT id, customer_id, coalesce(invoice_id, 0) AS invoice_id, kind, date, "
                      "promised_amount, promised_date, currency, resolved_date FROM activities "
                      "WHERE kind IN ('promise', 'dispute') ORDER BY id"_s,
                      u"the promises and disputes"_s);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = execute(sql, u"reading the promises and disputes"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int id = columns(u"id"_s);
    const int customerId = columns(u"customer_id"_s);
    const int invoiceId = columns(u"invoice_id"_s);
    const int kind = columns(u"kind"_s);
    const int date = columns(u"date"_s);
    const int promisedAmount = columns(u"promised_amount"_s);
    const int promisedDate = columns(u"promised_date"_s);
    const int currency = columns(u"currency"_s);
    const int resolvedDate = columns(u"resolved_date"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<Activity> rows;
    while (sql.next()) {
        Activity activity;
        activity.id = ActivityId{sql.value(id).toLongLong()};
        activity.customerId = CustomerId{sql.value(customerId).toLongLong()};
        activity.invoiceId = InvoiceId{sql.value(invoiceId).toLongLong()};
        const bool promise = sql.value(kind).toString() == u"promise"_s;
        activity.kind = promise ? ActivityKind::Promise : ActivityKind::Dispute;
        const auto day = IsoDate::parse(sql.value(date).toString());
        if (!day)
            return std::unexpected(badDate(sql.value(date), u"the activity log"_s));
        activity.date = *day;
        if (promise) {
            const auto code = CurrencyCode::fromCode(sql.value(currency).toString());
            const auto by = IsoDate::parse(sql.value(promisedDate).toString());
            if (!code || !by)
                return fail(ErrorCode::LedgerCorrupt,
                            u"promise %1 has a bad currency or date"_s.arg(activity.id.value));
            activity.promisedAmount = Money(sql.value(promisedAmount).toLongLong(), *code);
            activity.promisedDate = *by;
        } else if (!sql.value(resolvedDate).isNull()) {
            activity.resolvedDate =
                IsoDate::parse(sql.value(resolvedDate).toString()).value_or(QDate());
        }
        rows.append(activity);
    }
    return rows;
}

} // namespace ardesk
