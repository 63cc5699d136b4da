#include "storage/ActivityRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/ActivityKindName.h"
#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QVariant optionalDate(QDate date)
{
    return date.isValid() ? QVariant(IsoDate::format(date))
                          : QVariant(QMetaType::fromType<QString>());
}

const QString selectColumns =
    u"SELECT a.id, a.customer_id, a.invoice_id, i.number AS invoice_number, a.kind, a.date, "
    "a.text, a.promised_amount, a.promised_date, a.currency, a.resolved_date "
    "FROM activities a LEFT JOIN invoices i ON i.id = a.invoice_id "_s;

// Where selectColumns' columns are.
struct ActivityColumns {
    explicit ActivityColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , customerId(columns(u"customer_id"_s))
        , invoiceId(columns(u"invoice_id"_s))
        , invoiceNumber(columns(u"invoice_number"_s))
        , kind(columns(u"kind"_s))
        , date(columns(u"date"_s))
        , text(columns(u"text"_s))
        , promisedAmount(columns(u"promised_amount"_s))
        , promisedDate(columns(u"promised_date"_s))
        , currency(columns(u"currency"_s))
        , resolvedDate(columns(u"resolved_date"_s))
    {}

    int id, customerId, invoiceId, invoiceNumber, kind, date, text, promisedAmount, promisedDate,
        currency, resolvedDate;
};

Result<Activity> readActivity(const QSqlQuery& sql, const ActivityColumns& at)
{
    const auto kind = activityKindFromName(sql.value(at.kind).toString());
    const auto date = IsoDate::parse(sql.value(at.date).toString());
    if (!kind || !date)
        return fail(ErrorCode::LedgerCorrupt,
                    u"activity %1 has a bad kind or date"_s.arg(sql.value(at.id).toLongLong()));
    Activity activity{.id = ActivityId{sql.value(at.id).toLongLong()},
                      .customerId = CustomerId{sql.value(at.customerId).toLongLong()},
                      .invoiceId = InvoiceId{sql.value(at.invoiceId).toLongLong()},
                      .invoiceNumber = sql.value(at.invoiceNumber).toString(),
                      .kind = *kind,
                      .date = *date,
                      .text = sql.value(at.text).toString(),
                      .promisedAmount = std::nullopt,
                      .promisedDate = {},
                      .resolvedDate = {}};
    if (!sql.isNull(at.promisedAmount)) {
        const auto currency = CurrencyCode::fromCode(sql.value(at.currency).toString());
        const auto promised = IsoDate::parse(sql.value(at.promisedDate).toString());
        if (!currency || !promised)
            return fail(ErrorCode::LedgerCorrupt,
                        u"promise %1 has a bad currency or date"_s.arg(activity.id.value));
        activity.promisedAmount = Money(sql.value(at.promisedAmount).toLongLong(), *currency);
        activity.promisedDate = *promised;
    }
    if (!sql.isNull(at.resolvedDate)) {
        const auto resolved = IsoDate::parse(sql.value(at.resolvedDate).toString());
        if (!resolved)
            return fail(ErrorCode::LedgerCorrupt,
                        u"dispute %1 has a bad resolution date"_s.arg(activity.id.value));
        activity.resolvedDate = *resolved;
    }
    return activity;
}

} // namespace

ActivityRepository::ActivityRepository(Database& database)
    : m_database(database)
{}

Result<ActivityId> ActivityRepository::insert(const Activity& activity)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(
            sql, u"INSERT INTO activities(customer_id, invoice_id, kind, date, text, "
                 "promised_amount, promised_date, currency, resolved_date, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "_s +
                     m_database.dialect().utcNow() + u")"_s + m_database.dialect().returningId());
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(activity.customerId.value);
    sql.addBindValue(activity.invoiceId.isValid() ? QVariant(activity.invoiceId.value)
                                                  : QVariant(QMetaType::fromType<qint64>()));
    sql.addBindValue(activityKindName(activity.kind));
    sql.addBindValue(IsoDate::format(activity.date));
    sql.addBindValue(textValue(activity.text));
    const auto& promised = activity.promisedAmount;
    sql.addBindValue(optionalValue(promised ? std::optional(promised->minor()) : std::nullopt));
    sql.addBindValue(optionalDate(activity.promisedDate));
    sql.addBindValue(promised ? QVariant(promised->currency().code())
                              : QVariant(QMetaType::fromType<QString>()));
    sql.addBindValue(optionalDate(activity.resolvedDate));
    if (auto ok = execute(sql, u"saving an activity"_s); !ok)
        return std::unexpected(ok.error());
    return ActivityId{m_database.dialect().insertedId(sql).value_or(0)};
}

Result<std::optional<Activity>> ActivityRepository::findById(ActivityId id)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, selectColumns + u"WHERE a.id = ?"_s); !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(id.value);
    if (auto ok = execute(sql, u"reading an activity"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<ActivityColumns>(sql);
    if (!columns)
        return std::unexpected(columns.error());
    if (!sql.next())
        return std::optional<Activity>();
    auto activity = readActivity(sql, *columns);
    if (!activity)
        return std::unexpected(activity.error());
    return std::optional<Activity>(*activity);
}

Result<QList<Activity>> ActivityRepository::listByCustomer(CustomerId customer, int limit)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, selectColumns +
                             u"WHERE a.customer_id = ? ORDER BY a.date DESC, a.id DESC LIMIT ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(customer.value);
    sql.addBindValue(limit);
    if (auto ok = execute(sql, u"reading the activity log"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<Activity, ActivityColumns>(sql, readActivity);
}

Result<std::optional<ActivityId>> ActivityRepository::openDispute(InvoiceId invoice)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, u"SELECT id FROM activities "
                         "WHERE invoice_id = ? AND kind = 'dispute' AND resolved_date IS NULL"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(invoice.value);
    if (auto ok = execute(sql, u"looking for a dispute"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int id = columns(u"id"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    if (!sql.next())
        return std::optional<ActivityId>();
    return std::optional(ActivityId{sql.value(id).toLongLong()});
}

Result<void> ActivityRepository::resolve(ActivityId dispute, QDate resolvedOn)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql, u"UPDATE activities SET resolved_date = ? "
                                  "WHERE id = ? AND kind = 'dispute' AND resolved_date IS NULL"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(IsoDate::format(resolvedOn));
    sql.addBindValue(dispute.value);
    if (auto ok = execute(sql, u"resolving a dispute"_s); !ok)
        return std::unexpected(ok.error());
    if (sql.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, u"no open dispute %1"_s.arg(dispute.value));
    return {};
}

Result<std::optional<CustomerId>> ActivityRepository::invoiceCustomer(InvoiceId invoice)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, u"SELECT customer_id FROM invoices WHERE id = ?"_s); !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(invoice.value);
    if (auto ok = execute(sql, u"reading an invoice"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int customerId = columns(u"customer_id"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    if (!sql.next())
        return std::optional<CustomerId>();
    return std::optional(CustomerId{sql.value(customerId).toLongLong()});
}

Result<qint64> ActivityRepository::paymentsBetween(CustomerId customer, CurrencyCode currency,
                                                   QDate from, QDate to)
{
    // credits_by_customer(customer_id, date) limits the scan to the customer's date range. A
    // payment voided on or before `to` was never money paid.
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT coalesce(sum(amount), 0) AS total FROM credits WHERE customer_id = ? "
                 "AND date >= ? AND date <= ? AND kind = 'P' AND currency = ? "
                 "AND (void_date IS NULL OR void_date > ?)"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(customer.value);
    sql.addBindValue(IsoDate::format(from));
    sql.addBindValue(IsoDate::format(to));
    sql.addBindValue(currency.code());
    sql.addBindValue(IsoDate::format(to));
    if (auto ok = execute(sql, u"adding up payments"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<qint64>(sql, u"total"_s);
}

} // namespace ardesk
