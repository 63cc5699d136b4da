#include "aging/AgingService.h"

#include <map>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

Result<CurrencyCode> currencyOf(const QString& code)
{
    if (auto currency = CurrencyCode::fromCode(code))
        return *currency;
    return fail(ErrorCode::LedgerCorrupt, u"unknown currency in the ledger: "_s + code);
}

AgingSummaryRow emptyRow(QString code, QString name, CurrencyCode currency, int buckets)
{
    return {.customerCode = std::move(code),
            .customerName = std::move(name),
            .currency = currency,
            .bucketsMinor = QList<qint64>(buckets, 0),
            .unappliedMinor = 0,
            .totalMinor = 0};
}

void addInto(AgingSummaryRow& into, const AgingSummaryRow& row)
{
    for (int i = 0; i < into.bucketsMinor.size(); ++i)
        into.bucketsMinor[i] += row.bucketsMinor[i];
    into.unappliedMinor += row.unappliedMinor;
    into.totalMinor += row.totalMinor;
}

} // namespace

AgingService::AgingService(Database& database)
    : m_repository(database)
    , m_customers(database)
{}

Result<std::optional<CustomerId>> AgingService::customerFilter(const AgingOptions& options)
{
    if (options.customerCode.isEmpty())
        return std::optional<CustomerId>();
    const auto customer = m_customers.findByCode(options.customerCode);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return fail(ErrorCode::NotFound, u"no customer \"%1\""_s.arg(options.customerCode));
    return std::optional<CustomerId>((*customer)->id);
}

Result<OpenItemsQuery> AgingService::bucketQuery(const AgingOptions& options)
{
    // Class k of the query is bucket k: on or after asOf is current; on or after
    // asOf - edge[k-1] is within edge[k-1] days overdue; older dates fall in the last bucket.
    const auto customer = customerFilter(options);
    if (!customer)
        return std::unexpected(customer.error());
    OpenItemsQuery query{.asOf = options.asOf,
                         .byIssueDate = options.basis == AgingBasis::IssueDate,
                         .classStarts = {options.asOf},
                         .customer = *customer};
    for (int edge : options.buckets.edges())
        query.classStarts.append(options.asOf.addDays(-edge));
    return query;
}

Result<AgingSummary> AgingService::summary(const AgingOptions& options)
{
    const auto query = bucketQuery(options);
    if (!query)
        return std::unexpected(query.error());
    const auto amounts = m_repository.amountsByCustomerAndClass(*query);
    if (!amounts)
        return std::unexpected(amounts.error());

    AgingSummary summary{.buckets = options.buckets, .customers = {}, .totals = {}};
    const int bucketCount = options.buckets.count();
    CustomerId current;
    for (const CustomerClassAmount& amount : *amounts) {
        if (amount.customerId != current) {
            const auto currency = currencyOf(amount.currency);
            if (!currency)
                return std::unexpected(currency.error());
            summary.customers.append(
                emptyRow(amount.customerCode, amount.customerName, *currency, bucketCount));
            current = amount.customerId;
        }
        AgingSummaryRow& row = summary.customers.last();
        if (amount.classIndex < 0)
            row.unappliedMinor -= amount.amountMinor;
        else
            row.bucketsMinor[amount.classIndex] += amount.amountMinor;
        row.totalMinor += amount.classIndex < 0 ? -amount.amountMinor : amount.amountMinor;
    }

    std::map<QString, AgingSummaryRow> totals;
    for (const AgingSummaryRow& row : std::as_const(summary.customers)) {
        auto [it, inserted] = totals.try_emplace(
            row.currency.code(), emptyRow(QString(), QString(), row.currency, bucketCount));
        addInto(it->second, row);
    }
    for (auto& [code, row] : totals)
        summary.totals.append(std::move(row));
    return summary;
}

Result<AgingSummary> AgingService::totals(const AgingOptions& options)
{
    const auto query = bucketQuery(options);
    if (!query)
        return std::unexpected(query.error());
    const auto amounts = m_repository.amountsByCurrencyAndClass(*query);
    if (!amounts)
        return std::unexpected(amounts.error());

    AgingSummary summary{.buckets = options.buckets, .customers = {}, .totals = {}};
    for (const CurrencyClassAmount& amount : *amounts) {
        if (summary.totals.isEmpty() || summary.totals.last().currency.code() != amount.currency) {
            const auto currency = currencyOf(amount.currency);
            if (!currency)
                return std::unexpected(currency.error());
            summary.totals.append(
                emptyRow(QString(), QString(), *currency, options.buckets.count()));
        }
        AgingSummaryRow& row = summary.totals.last();
        if (amount.classIndex < 0)
            row.unappliedMinor -= amount.amountMinor;
        else
            row.bucketsMinor[amount.classIndex] += amount.amountMinor;
        row.totalMinor += amount.classIndex < 0 ? -amount.amountMinor : amount.amountMinor;
    }
    return summary;
}

Result<AgingDetail> AgingService::detail(const AgingOptions& options)
{
    AgingDetail detail{.buckets = options.buckets, .rows = {}};
    auto read = forEachDetailRow(options, [&](const AgingDetailRow& row) -> Result<void> {
        detail.rows.append(row);
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return detail;
}

Result<void>
AgingService::forEachDetailRow(const AgingOptions& options,
                               const std::function<Result<void>(const AgingDetailRow&)>& visit)
{
    const auto customer = customerFilter(options);
    if (!customer)
        return std::unexpected(customer.error());
    return m_repository.forEachOpenItem(
        options.asOf, *customer, [&](const OpenItemRow& item) -> Result<void> {
            const auto currency = currencyOf(item.currency);
            if (!currency)
                return std::unexpected(currency.error());
            AgingDetailRow row{.customerCode = item.customerCode,
                               .customerName = item.customerName,
                               .currency = *currency,
                               .document = item.document,
                               .issueDate = item.issueDate,
                               .dueDate = item.dueDate,
                               .ageDays = std::nullopt,
                               .bucket = AgingDetailRow::unappliedBucket,
                               .openMinor = item.openMinor};
            if (item.dueDate.isValid()) {
                const QDate base =
                    options.basis == AgingBasis::IssueDate ? item.issueDate : item.dueDate;
                const int age = static_cast<int>(base.daysTo(options.asOf));
                row.ageDays = age;
                row.bucket = options.buckets.indexForAge(age);
            }
            if (item.discount.earnedOn(options.asOf, item.openMinor))
                row.discount = item.discount;
            return visit(row);
        });
}

} // namespace ardesk
