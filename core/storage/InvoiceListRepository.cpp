#include "storage/InvoiceListRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/FoldedText.h"
#include "domain/IsoDate.h"
#include "domain/ReminderChannelName.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

using Filter = InvoiceListQuery::Filter;
using SortKey = InvoiceListQuery::SortKey;

// Invoices covered by an active plan. Used as `id IN (…)`, SQLite builds this set once per
// statement instead of probing plan_invoices for each of a million rows.
const QString activePlanInvoices =
    u"(SELECT pi.invoice_id FROM plan_invoices pi JOIN plans p ON p.id = pi.plan_id "
    "WHERE p.status = 'active')"_s;

// Invoices with an open dispute: one scan of the small partial index activities_open_disputes.
const QString openDisputeInvoices =
    u"(SELECT invoice_id FROM activities WHERE kind = 'dispute' AND resolved_date IS NULL)"_s;

// 0 open, 1 overdue, 2 paid, 3 on plan: the order of InvoiceStatus, by the rule of
// InvoiceListService::status.
const QString statusRank = u"(CASE WHEN i.id IN "_s + activePlanInvoices +
                           u" THEN 3 WHEN i.allocated >= i.amount THEN 2 "
                           "WHEN i.due_date < :asOf THEN 1 ELSE 0 END)"_s;

QString whereClause(const SqlDialect& dialect, const InvoiceListQuery& query)
{
    QString where = u"WHERE i.kind = 'I' "_s;
    switch (query.filter) {
    case Filter::All:
        break;
    case Filter::Open:
        where += u"AND i.allocated < i.amount "_s;
        break;
    case Filter::Overdue:
        // ISO dates compare as text: no julianday() per row.
        where += u"AND i.allocated < i.amount AND i.due_date < :asOf "_s;
        break;
    case Filter::Paid:
        where += u"AND i.allocated >= i.amount AND i.id NOT IN "_s + activePlanInvoices + u' ';
        break;
    case Filter::OnPlan:
        where += u"AND i.id IN "_s + activePlanInvoices + u' ';
        break;
    case Filter::Disputed:
        where += u"AND i.id IN "_s + openDisputeInvoices + u' ';
        break;
    }
    // The matching customers are found first (100,000 at most, a quick scan of
    // customers_by_name), so that the invoices need no join to be filtered.
    if (!query.search.isEmpty())
        where += u"AND (i.number %1 :pattern ESCAPE '\\' "
                 "OR i.payment_reference %1 :reference ESCAPE '\\' OR i.customer_id IN "
                 "(SELECT id FROM customers WHERE code %1 :pattern ESCAPE '\\' "
                 "OR folded_name %1 :folded ESCAPE '\\')) "_s.arg(dialect.likeIgnoringCase());
    return where;
}

// An invoice's last reminder: the row of the highest level sent on or before the list's date
// (a run only ever raises an item past its last level, so it is also the latest). For a page's
// rows it is found by a seek on reminder_log's UNIQUE (invoice_id, level) index each.
const QString lastReminderLevel = u"(SELECT max(r.level) FROM reminder_log r "
                                  "WHERE r.invoice_id = i.id AND r.date <= :asOf)"_s;
// Sorting by it needs every invoice's: the log is grouped once and joined, against 1 s of CPU
// for two seeks per invoice on the benchmark's million invoices with 225,000 reminders, and no
// index of its own. The level's row (for its date) comes by a seek on the UNIQUE index.
const QString lastReminders =
    u"LEFT JOIN (SELECT invoice_id, max(level) AS level FROM reminder_log "
    "WHERE date <= :asOf GROUP BY invoice_id) top ON top.invoice_id = i.id "
    "LEFT JOIN reminder_log last ON last.invoice_id = top.invoice_id AND last.level = top.level "_s;

// A page's statement always reads the list's date; a count only for the Overdue filter.
void bindValues(QSqlQuery& sql, const InvoiceListQuery& query, bool page)
{
    if (query.filter == Filter::Overdue || page)
        sql.bindValue(u":asOf"_s, IsoDate::format(query.asOf));
    if (!query.search.isEmpty()) {
        sql.bindValue(u":pattern"_s, containsPattern(query.search));
        sql.bindValue(u":folded"_s, containsPattern(FoldedText::fold(query.search)));
        // A creditor reference is typed with or without its groups' spaces.
        sql.bindValue(u":reference"_s, containsPattern(QString(query.search).remove(u' ')));
    }
}

// Every order ends on a unique key, so that pages read with LIMIT/OFFSET neither repeat nor
// skip rows.
QString orderClause(const InvoiceListQuery& query)
{
    const QString d = query.descending ? u" DESC"_s : u" ASC"_s;
    const QString r = query.descending ? u" ASC"_s : u" DESC"_s;
    switch (query.sortKey) {
    case SortKey::Number:
        return u"ORDER BY i.number"_s + d;
    case SortKey::Customer:
        // customers_by_name (or customers_by_folded_name) then invoices_by_customer deliver
        // this order without a sort.
        return u"ORDER BY "_s +
               (query.nameOrder == NameOrder::Folded ? u"c.folded_name"_s + d + u", "_s
                                                     : QString()) +
               u"c.name"_s + d + u", c.code"_s + d + u", i.issue_date"_s + d + u", i.id"_s + d;
    case SortKey::IssueDate:
        return u"ORDER BY i.issue_date"_s + d + u", i.id"_s + d;
    case SortKey::DueDate:
        return u"ORDER BY i.due_date"_s + d + u", i.id"_s + d;
    case SortKey::Amount:
        return u"ORDER BY i.amount"_s + d + u", i.id"_s + d;
    case SortKey::OpenAmount:
        return u"ORDER BY i.amount - i.allocated"_s + d + u", i.id"_s + d;
    case SortKey::DaysOverdue:
        // Days overdue is 0 unless open and past due, and then grows as the due date gets
        // older: (overdue, due date reversed) sorts exactly like the number of days.
        return u"ORDER BY (i.allocated < i.amount AND i.due_date < :asOf)"_s + d +
               u", i.due_date"_s + r + u", i.id"_s + r;
    case SortKey::Status:
        return u"ORDER BY "_s + statusRank + d + u", i.due_date"_s + d + u", i.id"_s + d;
    case SortKey::LastReminder:
        // `last` is the invoice's last reminder in both the page's choice and its rows.
        return u"ORDER BY coalesce(last.level, -1)"_s + d + u", last.date"_s + d + u", i.id"_s + d;
    }
    return QString();
}

// Where page()'s columns are.
struct ListColumns {
    explicit ListColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , number(columns(u"number"_s))
        , customerName(columns(u"customer_name"_s))
        , customerCode(columns(u"customer_code"_s))
        , issueDate(columns(u"issue_date"_s))
        , dueDate(columns(u"due_date"_s))
        , amount(columns(u"amount"_s))
        , allocated(columns(u"allocated"_s))
        , currency(columns(u"currency"_s))
        , onPlan(columns(u"on_plan"_s))
        , disputed(columns(u"disputed"_s))
        , agency(columns(u"agency"_s))
        , voidDate(columns(u"void_date"_s))
        , reminderLevel(columns(u"reminder_level"_s))
        , reminderLevelName(columns(u"reminder_level_name"_s))
        , reminderDate(columns(u"reminder_date"_s))
        , reminderChannel(columns(u"reminder_channel"_s))
    {}

    int id, number, customerName, customerCode, issueDate, dueDate, amount, allocated, currency,
        onPlan, disputed, agency, voidDate, reminderLevel, reminderLevelName, reminderDate,
        reminderChannel;
};

Result<std::optional<SentReminder>> readLastReminder(const QSqlQuery& sql, const ListColumns& at)
{
    if (sql.isNull(at.reminderLevel))
        return std::optional<SentReminder>();
    const auto date = IsoDate::parse(sql.value(at.reminderDate).toString());
    const auto channel = reminderChannelFromName(sql.value(at.reminderChannel).toString());
    if (!date || !channel)
        return fail(ErrorCode::LedgerCorrupt,
                    u"the reminder log holds a bad row for "_s + sql.value(at.number).toString());
    return std::optional(SentReminder{.date = *date,
                                      .document = sql.value(at.number).toString(),
                                      .level = sql.value(at.reminderLevel).toInt(),
                                      .levelName = sql.value(at.reminderLevelName).toString(),
                                      .channel = *channel});
}

Result<InvoiceListRow> readRow(const QSqlQuery& sql, const ListColumns& at)
{
    const auto currency = CurrencyCode::fromCode(sql.value(at.currency).toString());
    const auto issued = IsoDate::parse(sql.value(at.issueDate).toString());
    const auto due = IsoDate::parse(sql.value(at.dueDate).toString());
    if (!currency || !issued || !due)
        return fail(ErrorCode::LedgerCorrupt, u"invoice "_s + sql.value(at.number).toString() +
                                                  u" has a bad currency or date"_s);
    const auto lastReminder = readLastReminder(sql, at);
    if (!lastReminder)
        return std::unexpected(lastReminder.error());
    return InvoiceListRow{
        .id = InvoiceId{sql.value(at.id).toLongLong()},
        .number = sql.value(at.number).toString(),
        .customerName = sql.value(at.customerName).toString(),
        .customerCode = sql.value(at.customerCode).toString(),
        .issueDate = *issued,
        .dueDate = *due,
        .amountMinor = sql.value(at.amount).toLongLong(),
        .allocatedMinor = sql.value(at.allocated).toLongLong(),
        .currency = *currency,
        .onPlan = sql.value(at.onPlan).toBool(),
        .disputed = sql.value(at.disputed).toBool(),
        .agency = sql.value(at.agency).toString(),
        .voidDate = sql.value(at.voidDate).isNull()
                        ? QDate()
                        : IsoDate::parse(sql.value(at.voidDate).toString()).value_or(QDate()),
        .lastReminder = *lastReminder};
}

} // namespace

InvoiceListRepository::InvoiceListRepository(Database& database)
    : m_database(database)
{}

Result<qint64> InvoiceListRepository::count(const InvoiceListQuery& query)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql, u"SELECT count(*) AS count FROM invoices i "_s +
                                      whereClause(m_database.dialect(), query));
        !ready)
        return std::unexpected(ready.error());
    bindValues(sql, query, false);
    if (auto ok = execute(sql, u"counting invoices"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<qint64>(sql, u"count"_s);
}

Result<QList<InvoiceListRow>> InvoiceListRepository::page(const InvoiceListQuery& query,
                                                          qint64 offset, int limit)
{
    const QString order = orderClause(query);
    // The page's ids are chosen from the invoices alone and only those rows are joined with
    // their customers: joining all million first would cost seconds for every sort but the
    // customer one. That one walks the customers in name order instead (CROSS JOIN fixes the
    // loop order, which SQLite would otherwise pick wrongly).
    QString source = u"invoices i "_s;
    if (query.sortKey == SortKey::Customer)
        source = u"customers c CROSS JOIN invoices i ON i.customer_id = c.id "_s;
    else if (query.sortKey == SortKey::LastReminder)
        source += lastReminders;
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT i.id, i.number, c.name AS customer_name, c.code AS customer_code, "
                 "i.issue_date, i.due_date, i.amount, i.allocated, i.currency, i.id IN "_s +
                     activePlanInvoices + u" AS on_plan, i.id IN "_s + openDisputeInvoices +
                     u" AS disputed, (SELECT h.agency FROM agency_handovers h "
                     "WHERE h.customer_id = i.customer_id AND h.date <= :asOf AND "
                     "(h.recalled_date IS NULL OR h.recalled_date > :asOf)) AS agency, "
                     "i.void_date AS void_date, last.level AS reminder_level, "
                     "coalesce(dl.name, '') AS reminder_level_name, last.date AS reminder_date, "
                     "last.channel AS reminder_channel FROM (SELECT i.id AS id FROM "_s +
                     source + whereClause(m_database.dialect(), query) + order +
                     u" LIMIT :limit OFFSET :offset) AS chosen "
                     "JOIN invoices i ON i.id = chosen.id JOIN customers c ON c.id = i.customer_id "
                     "LEFT JOIN reminder_log last ON last.invoice_id = i.id AND last.level = "_s +
                     lastReminderLevel +
                     u" LEFT JOIN dunning_levels dl ON dl.level = last.level "_s + order);
        !ready)
        return std::unexpected(ready.error());
    bindValues(sql, query, true);
    sql.bindValue(u":limit"_s, limit);
    sql.bindValue(u":offset"_s, offset);
    if (auto ok = execute(sql, u"listing invoices"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<InvoiceListRow, ListColumns>(sql, readRow);
}

} // namespace ardesk
