#include "storage/KpiRepository.h"

#include <map>
#include <set>

#include <QSqlQuery>
#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

enum Part { Items = 0, Allocations = 1, CreditNotes = 2 };

// One statement, so all three parts read the same snapshot of the ledger; each part is one
// aggregate pass over its table and returns at most one row per distinct date pair, however
// many documents there are. Dates are ISO text, compared as text (no julianday() per row).
// 1. Open items (invoices, plan installments, reminder charges) by (issue date, due date,
//    currency), with the part of kind 'I' that is no charge separately: that is the day's
//    invoiced credit sales.
// 2. Allocations by (effective date, item due date, currency): as of d an allocation counts
//    once its own date and its item's issue date are both <= d, which is its effective date.
// 3. Credit notes by (date, currency); a void takes a document's effect on credit sales back on
//    its void date, as a credit note dated that day would (a voided credit note counts as a
//    negative one, a voided invoice as a credit note of its amount): periods before the void
//    keep their figures. The voids come from their partial indexes, a handful of rows.
// The parts' columns have the names the first part gives them.
const QString activityQuery =
    u"SELECT 0 AS part, issue_date AS from_date, due_date, currency, sum(amount) AS amount, "
    "sum(CASE WHEN kind = 'I' AND charge = 0 THEN amount ELSE 0 END) AS invoiced "
    "FROM invoices WHERE issue_date <= ? GROUP BY issue_date, due_date, currency "
    "UNION ALL "
    "SELECT 1, effective_date, item_due_date, currency, sum(amount), 0 "
    "FROM allocations WHERE effective_date <= ? "
    "GROUP BY effective_date, item_due_date, currency "
    "UNION ALL "
    "SELECT 2, date, '', currency, sum(amount), 0 "
    "FROM credits WHERE kind = 'C' AND date <= ? GROUP BY date, currency "
    "UNION ALL "
    "SELECT 2, void_date, '', currency, -sum(amount), 0 FROM credits INDEXED BY credits_voided "
    "WHERE void_date <= ? AND kind = 'C' GROUP BY void_date, currency "
    "UNION ALL "
    "SELECT 2, void_date, '', currency, sum(amount), 0 FROM invoices INDEXED BY invoices_voided "
    "WHERE void_date <= ? AND kind = 'I' AND charge = 0 GROUP BY void_date, currency"_s;

Result<QDate> dateColumn(const QSqlQuery& query, int column)
{
    const QString text = query.value(column).toString();
    if (auto date = IsoDate::parse(text))
        return *date;
    return fail(ErrorCode::LedgerCorrupt,
                u"the ledger holds an impossible date: \"%1\""_s.arg(text));
}

} // namespace

KpiRepository::KpiRepository(Database& database)
    : m_database(database)
{}

Result<KpiActivity> KpiRepository::activity(CurrencyCode currency, QDate until)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ready = prepare(query, m_database.dialect().planned(activityQuery),
                             u"preparing the KPI query"_s);
        !ready)
        return std::unexpected(ready.error());
    const QString untilText = IsoDate::format(until);
    const QString code = currency.code();
    for (int i = 0; i < 5; ++i)
        query.addBindValue(untilText);
    if (auto ok = execute(query, u"reading receivables for the KPIs"_s); !ok)
        return std::unexpected(ok.error());

    ResultColumns columns(query);
    const int partColumn = columns(u"part"_s);
    const int fromDate = columns(u"from_date"_s);
    const int dueDate = columns(u"due_date"_s);
    const int currencyColumn = columns(u"currency"_s);
    const int amountColumn = columns(u"amount"_s);
    const int invoicedColumn = columns(u"invoiced"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    KpiActivity activity;
    std::map<qint64, DailySales> sales; // by Julian day
    std::set<QString> others;
    while (query.next()) {
        const int part = query.value(partColumn).toInt();
        const auto date = dateColumn(query, fromDate);
        if (!date)
            return std::unexpected(date.error());
        const QString rowCurrency = query.value(currencyColumn).toString();
        if (rowCurrency != code) {
            others.insert(rowCurrency);
            continue;
        }
        const qint64 amount = query.value(amountColumn).toLongLong();
        if (part == CreditNotes) {
            DailySales& day = sales[date->toJulianDay()];
            day.date = *date;
            day.creditedMinor += amount;
            continue;
        }
        const auto due = dateColumn(query, dueDate);
        if (!due)
            return std::unexpected(due.error());
        activity.arChanges.append(
            {.from = *date, .due = *due, .amountMinor = part == Items ? amount : -amount});
        if (part == Items) {
            const qint64 invoiced = query.value(invoicedColumn).toLongLong();
            if (invoiced != 0) {
                DailySales& day = sales[date->toJulianDay()];
                day.date = *date;
                day.invoicedMinor += invoiced;
            }
        }
    }
    if (query.lastError().isValid())
        return std::unexpected(storageError(query.lastError(), u"reading receivables"_s));

    activity.sales.reserve(static_cast<qsizetype>(sales.size()));
    for (const auto& [julianDay, day] : sales)
        activity.sales.append(day);
    for (const QString& other : others)
        activity.leftOutCurrencies.append(other);
    return activity;
}

} // namespace ardesk
