#include "StatementService.h"

using namespace Qt::StringLiterals;

namespace ardesk {

StatementService::StatementService(Database& database)
    : m_aging(database)
    , m_customers(database)
{}

Result<Statement> StatementService::statement(const QString& customerCode, const QDate& asOf)
{
    const auto customer = m_customers.findByCode(customerCode);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return fail(ErrorCode::NotFound, u"no customer with id \"%1\""_s.arg(customerCode));

    const AgingOptions options{.asOf = asOf, .customerCode = customerCode};
    const auto detail = m_aging.detail(options);
    if (!detail)
        return std::unexpected(detail.error());
    const auto summary = m_aging.summary(options);
    if (!summary)
        return std::unexpected(summary.error());

    Statement statement{.customer = **customer,
                        .asOf = asOf,
                        .buckets = options.buckets,
                        .items = detail->rows,
                        .bucketsMinor = QList<qint64>(options.buckets.count(), 0)};
    // Nothing open leaves the customer out of the summary: the statement then shows zeros.
    if (!summary->customers.isEmpty()) {
        const AgingSummaryRow& row = summary->customers.constFirst();
        statement.bucketsMinor = row.bucketsMinor;
        statement.unappliedMinor = row.unappliedMinor;
        statement.totalMinor = row.totalMinor;
    }
    return statement;
}

} // namespace ardesk
