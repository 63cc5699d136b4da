#include "exports/ReportTables.h"

#include <algorithm>

#include "aging/AgingService.h"
#include "domain/ActivityKindName.h"
#include "domain/EarlyPaymentDiscount.h"
#include "ledger/CorrectionHistoryService.h"
#include "ledger/CustomerService.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

using Kind = ReportColumnKind;

ReportRow agingSummaryRow(const AgingSummaryRow& row, const QString& firstCell, bool isTotal)
{
    ReportRow result{.cells = {firstCell, row.customerName, row.currency.code()},
                     .isTotal = isTotal};
    for (qint64 bucket : row.bucketsMinor)
        result.cells.append(Money(bucket, row.currency));
    result.cells.append(Money(row.unappliedMinor, row.currency));
    result.cells.append(Money(row.totalMinor, row.currency));
    return result;
}

// Whole-table readers stop at the sink's first error.
template <typename Rows, typename MakeRow>
Result<void> emitAll(const Rows& rows, const ReportRowSink& sink, MakeRow makeRow)
{
    for (const auto& row : rows) {
        if (auto written = sink(makeRow(row)); !written)
            return written;
    }
    return {};
}

QString promiseStatusName(std::optional<PromiseStatus> status)
{
    if (!status)
        return {};
    switch (*status) {
    case PromiseStatus::Pending:
        return u"pending"_s;
    case PromiseStatus::Kept:
        return u"kept"_s;
    case PromiseStatus::Broken:
        return u"broken"_s;
    }
    return {};
}

ReportCell dateCell(QDate date)
{
    return date.isValid() ? ReportCell(date) : ReportCell();
}

} // namespace

ReportTable ReportTables::agingSummary(const AgingSummary& summary)
{
    ReportTable table{.title = u"Aging summary"_s,
                      .columns = {{u"customer_id"_s, Kind::Text},
                                  {u"customer_name"_s, Kind::Text},
                                  {u"currency"_s, Kind::Text}},
                      .rows = {}};
    for (int i = 0; i < summary.buckets.count(); ++i)
        table.columns.append({summary.buckets.label(i), Kind::Money});
    table.columns.append({u"unapplied"_s, Kind::Money});
    table.columns.append({u"total"_s, Kind::Money});
    table.rows = [&summary](const ReportRowSink& sink) -> Result<void> {
        auto customers = emitAll(summary.customers, sink, [](const AgingSummaryRow& row) {
            return agingSummaryRow(row, row.customerCode, false);
        });
        if (!customers)
            return customers;
        return emitAll(summary.totals, sink, [](const AgingSummaryRow& row) {
            return agingSummaryRow(row, u"TOTAL"_s, true);
        });
    };
    return table;
}

ReportTable ReportTables::agingDetail(const AgingDetail& detail)
{
    return {.title = u"Aging detail"_s,
            .columns = {{u"customer_id"_s, Kind::Text},
                        {u"customer_name"_s, Kind::Text},
                        {u"currency"_s, Kind::Text},
                        {u"document"_s, Kind::Text},
                        {u"issue_date"_s, Kind::Date},
                        {u"due_date"_s, Kind::Date},
                        {u"age_days"_s, Kind::Integer},
                        {u"bucket"_s, Kind::Text},
                        {u"open_amount"_s, Kind::Money}},
            .rows = [&detail](const ReportRowSink& sink) {
                return emitAll(detail.rows, sink, [&detail](const AgingDetailRow& row) {
                    const bool unapplied = row.bucket == AgingDetailRow::unappliedBucket;
                    return ReportRow{
                        .cells = {row.customerCode, row.customerName, row.currency.code(),
                                  row.document, row.issueDate,
                                  unapplied ? ReportCell() : ReportCell(row.dueDate),
                                  row.ageDays ? ReportCell(qint64{*row.ageDays}) : ReportCell(),
                                  unapplied ? u"unapplied"_s : detail.buckets.label(row.bucket),
                                  Money(row.openMinor, row.currency)},
                        .isTotal = false};
                });
            }};
}

ReportTable ReportTables::customers(CustomerService& service, const CustomerQuery& query)
{
    return {
        .title = u"Customers"_s,
        .columns = {{u"customer_id"_s, Kind::Text},
                    {u"name"_s, Kind::Text},
                    {u"email"_s, Kind::Text},
                    {u"phone"_s, Kind::Text},
                    {u"terms_days"_s, Kind::Integer},
                    {u"currency"_s, Kind::Text},
                    {u"credit_limit"_s, Kind::Money},
                    {u"on_hold"_s, Kind::Text},
                    {u"balance"_s, Kind::Money},
                    {u"overdue"_s, Kind::Money},
                    {u"oldest_due"_s, Kind::Date},
                    {u"discount_percent"_s, Kind::Text},
                    {u"discount_days"_s, Kind::Integer}},
        .rows = [&service, query](const ReportRowSink& sink) -> Result<void> {
            return service.forEachRow(query, [&sink](const CustomerListRow& row) {
                const Customer& customer = row.customer;
                const CurrencyCode currency = customer.currency;
                return sink(
                    {.cells = {customer.code, customer.name, customer.email, customer.phone,
                               qint64{customer.termsDays}, currency.code(),
                               customer.creditLimitMinor
                                   ? ReportCell(Money(*customer.creditLimitMinor, currency))
                                   : ReportCell(),
                               customer.onHold ? u"yes"_s : u"no"_s,
                               Money(row.balanceMinor, currency), Money(row.overdueMinor, currency),
                               row.oldestDue.isValid() ? ReportCell(row.oldestDue) : ReportCell(),
                               EarlyPaymentDiscount::formatPercent(customer.discountBasisPoints),
                               qint64{customer.discountDays}},
                     .isTotal = false});
            });
        }};
}

ReportTable ReportTables::openItems(AgingService& service, QDate asOf)
{
    return {.title = u"Open items"_s,
            .columns = {{u"customer_id"_s, Kind::Text},
                        {u"customer_name"_s, Kind::Text},
                        {u"currency"_s, Kind::Text},
                        {u"document"_s, Kind::Text},
                        {u"issue_date"_s, Kind::Date},
                        {u"due_date"_s, Kind::Date},
                        {u"days_overdue"_s, Kind::Integer},
                        {u"open_amount"_s, Kind::Money}},
            .rows = [&service, asOf](const ReportRowSink& sink) {
                const AgingOptions options{.asOf = asOf,
                                           .basis = AgingBasis::DueDate,
                                           .buckets = AgingBuckets::standard(),
                                           .customerCode = {}};
                return service.forEachDetailRow(
                    options, [&sink](const AgingDetailRow& row) -> Result<void> {
                        if (row.bucket == AgingDetailRow::unappliedBucket)
                            return {};
                        // Not yet due counts as 0 days overdue, not as a negative number.
                        const qint64 overdue = std::max(0, row.ageDays.value_or(0));
                        return sink(
                            {.cells = {row.customerCode, row.customerName, row.currency.code(),
                                       row.document, row.issueDate, row.dueDate, overdue,
                                       Money(row.openMinor, row.currency)},
                             .isTotal = false});
                    });
            }};
}

ReportTable ReportTables::activities(const QList<ActivityService::Entry>& entries)
{
    ReportTable table{.title = u"Activity"_s,
                      .columns = {{u"date"_s, Kind::Date},
                                  {u"kind"_s},
                                  {u"document"_s},
                                  {u"text"_s},
                                  {u"promised_amount"_s, Kind::Money},
                                  {u"promised_date"_s, Kind::Date},
                                  {u"promise_status"_s},
                                  {u"resolved_date"_s, Kind::Date}},
                      .rows = {}};
    table.rows = [&entries](const ReportRowSink& sink) -> Result<void> {
        return emitAll(entries, sink, [](const ActivityService::Entry& entry) {
            const Activity& activity = entry.activity;
            return ReportRow{
                .cells = {activity.date, activityKindName(activity.kind), activity.invoiceNumber,
                          activity.text,
                          activity.promisedAmount ? ReportCell(*activity.promisedAmount)
                                                  : ReportCell(),
                          dateCell(activity.promisedDate), promiseStatusName(entry.promiseStatus),
                          dateCell(activity.resolvedDate)},
                .isTotal = false};
        });
    };
    return table;
}

ReportTable ReportTables::corrections(const QList<Correction>& corrections)
{
    ReportTable table{.title = u"Corrections"_s,
                      .columns = {{u"made_at"_s},
                                  {u"document_kind"_s},
                                  {u"document"_s},
                                  {u"action"_s},
                                  {u"field"_s},
                                  {u"old_value"_s},
                                  {u"new_value"_s},
                                  {u"date"_s, Kind::Date},
                                  {u"reason"_s}},
                      .rows = {}};
    table.rows = [&corrections](const ReportRowSink& sink) -> Result<void> {
        return emitAll(corrections, sink, [](const Correction& correction) {
            return ReportRow{.cells = {correction.madeAt.toUTC().toString(Qt::ISODate),
                                       CorrectionHistoryService::kindName(correction.documentKind),
                                       correction.document,
                                       CorrectionHistoryService::actionName(correction.action),
                                       correction.field, correction.oldValue, correction.newValue,
                                       dateCell(correction.date), correction.reason},
                             .isTotal = false};
        });
    };
    return table;
}

} // namespace ardesk
