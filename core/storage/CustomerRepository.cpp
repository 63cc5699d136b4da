#include "storage/CustomerRepository.h"

#include <QVariant>

#include "storage/AuditTimestamp.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Text columns are NOT NULL DEFAULT '': a null QString (an absent optional value) would be
// bound as SQL NULL and refused, so it is stored as the empty text it means.
const QString selectColumns =
    u"SELECT id, code, name, email, phone, address, terms_days, credit_limit, currency, "
    "language, on_hold FROM customers "_s;

Result<Customer> readCustomer(const QSqlQuery& query)
{
    const auto currency = CurrencyCode::fromCode(query.value(8).toString());
    if (!currency)
        return fail(ErrorCode::LedgerCorrupt, u"customer with an unknown currency"_s);
    Customer customer{.id = CustomerId{query.value(0).toLongLong()},
                      .code = query.value(1).toString(),
                      .name = query.value(2).toString(),
                      .email = query.value(3).toString(),
                      .phone = query.value(4).toString(),
                      .address = query.value(5).toString(),
                      .termsDays = query.value(6).toInt(),
                      .creditLimitMinor = std::nullopt,
                      .currency = *currency,
                      .language = query.value(9).toString(),
                      .onHold = query.value(10).toBool()};
    if (!query.isNull(7))
        customer.creditLimitMinor = query.value(7).toLongLong();
    return customer;
}

QString whereClause(const CustomerQuery& query)
{
    return query.search.isEmpty() ? QString()
                                  : u"WHERE code LIKE :pattern ESCAPE '\\' "
                                    "OR name LIKE :pattern ESCAPE '\\' "_s;
}

void bindSearch(QSqlQuery& sql, const CustomerQuery& query)
{
    if (query.search.isEmpty())
        return;
    sql.bindValue(u":pattern"_s, containsPattern(query.search));
}

} // namespace

CustomerRepository::CustomerRepository(Database& database)
    : m_database(database)
    , m_insert(database, u"INSERT INTO customers(code, name, email, phone, address, "
                         "terms_days, credit_limit, currency, language, on_hold, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "_s +
                             auditTimestampSql + u") ON CONFLICT(code) DO NOTHING"_s)
    , m_byCode(database, selectColumns + u"WHERE code = ?"_s)
{}

Result<CustomerId> CustomerRepository::insert(const Customer& customer)
{
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    insert.addBindValue(customer.code);
    insert.addBindValue(customer.name);
    insert.addBindValue(textValue(customer.email));
    insert.addBindValue(textValue(customer.phone));
    insert.addBindValue(textValue(customer.address));
    insert.addBindValue(customer.termsDays);
    insert.addBindValue(optionalValue(customer.creditLimitMinor));
    insert.addBindValue(customer.currency.code());
    insert.addBindValue(customer.language);
    insert.addBindValue(customer.onHold ? 1 : 0);
    if (auto ok = execute(insert, u"saving customer "_s + customer.code); !ok)
        return std::unexpected(ok.error());
    if (insert.numRowsAffected() == 0)
        return fail(ErrorCode::AlreadyExists,
                    u"customer "_s + customer.code + u" already exists"_s);
    return CustomerId{insert.lastInsertId().toLongLong()};
}

Result<void> CustomerRepository::update(const Customer& customer)
{
    QSqlQuery sql(m_database.connection());
    sql.prepare(u"UPDATE OR IGNORE customers SET code = ?, name = ?, email = ?, phone = ?, "
                "address = ?, terms_days = ?, credit_limit = ?, currency = ?, language = ?, "
                "on_hold = ? WHERE id = ?"_s);
    sql.addBindValue(customer.code);
    sql.addBindValue(customer.name);
    sql.addBindValue(textValue(customer.email));
    sql.addBindValue(textValue(customer.phone));
    sql.addBindValue(textValue(customer.address));
    sql.addBindValue(customer.termsDays);
    sql.addBindValue(optionalValue(customer.creditLimitMinor));
    sql.addBindValue(customer.currency.code());
    sql.addBindValue(customer.language);
    sql.addBindValue(customer.onHold ? 1 : 0);
    sql.addBindValue(customer.id.value);
    if (auto ok = execute(sql, u"saving customer "_s + customer.code); !ok)
        return std::unexpected(ok.error());
    // OR IGNORE skips the row on a taken code (UNIQUE) instead of failing the statement.
    if (sql.numRowsAffected() == 0) {
        auto existing = findById(customer.id);
        if (!existing)
            return std::unexpected(existing.error());
        if (!*existing)
            return fail(ErrorCode::NotFound, u"no customer with id %1"_s.arg(customer.id.value));
        return fail(ErrorCode::AlreadyExists,
                    u"customer "_s + customer.code + u" already exists"_s);
    }
    return {};
}

Result<bool> CustomerRepository::hasDocuments(CustomerId id)
{
    // Each probe is one lookup in a per-customer index (invoices_by_customer,
    // credits_by_customer, plans_by_customer).
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(u"SELECT EXISTS (SELECT 1 FROM invoices WHERE customer_id = :id) "
                "OR EXISTS (SELECT 1 FROM credits WHERE customer_id = :id) "
                "OR EXISTS (SELECT 1 FROM plans WHERE customer_id = :id)"_s);
    sql.bindValue(u":id"_s, id.value);
    if (auto ok = execute(sql, u"looking for the customer's documents"_s); !ok)
        return std::unexpected(ok.error());
    return sql.next() && sql.value(0).toBool();
}

Result<std::optional<Customer>> CustomerRepository::findOne(QSqlQuery& query)
{
    if (auto ok = execute(query, u"reading customers"_s); !ok)
        return std::unexpected(ok.error());
    if (!query.next()) {
        query.finish();
        return std::optional<Customer>();
    }
    auto customer = readCustomer(query);
    query.finish();
    if (!customer)
        return std::unexpected(customer.error());
    return std::optional<Customer>(*customer);
}

Result<std::optional<Customer>> CustomerRepository::findByCode(const QString& code)
{
    const auto byCode = m_byCode.query();
    if (!byCode)
        return std::unexpected(byCode.error());
    (*byCode)->addBindValue(code);
    return findOne(**byCode);
}

Result<std::optional<Customer>> CustomerRepository::findById(CustomerId id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns + u"WHERE id = ?"_s);
    query.addBindValue(id.value);
    return findOne(query);
}

Result<QList<CustomerTerms>> CustomerRepository::allTerms()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, code, currency, terms_days FROM customers"_s);
    if (auto ok = execute(query, u"reading the customers"_s); !ok)
        return std::unexpected(ok.error());
    QList<CustomerTerms> customers;
    while (query.next()) {
        const auto currency = CurrencyCode::fromCode(query.value(2).toString());
        if (!currency)
            return fail(ErrorCode::LedgerCorrupt, u"customer with an unknown currency"_s);
        customers.append({.id = CustomerId{query.value(0).toLongLong()},
                          .code = query.value(1).toString(),
                          .currency = *currency,
                          .termsDays = query.value(3).toInt()});
    }
    return customers;
}

Result<qint64> CustomerRepository::count(const CustomerQuery& query)
{
    QSqlQuery sql(m_database.connection());
    sql.prepare(u"SELECT count(*) FROM customers "_s + whereClause(query));
    bindSearch(sql, query);
    if (auto ok = execute(sql, u"counting customers"_s); !ok)
        return std::unexpected(ok.error());
    return sql.next() ? sql.value(0).toLongLong() : 0;
}

Result<QList<Customer>> CustomerRepository::page(const CustomerQuery& query, qint64 offset,
                                                 int limit)
{
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    const QString order = query.sortKey == CustomerQuery::SortKey::Name
                              ? QString(u"ORDER BY name"_s + direction + u", code"_s + direction)
                              : QString(u"ORDER BY code"_s + direction);
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(selectColumns + whereClause(query) + order + u" LIMIT :limit OFFSET :offset"_s);
    bindSearch(sql, query);
    sql.bindValue(u":limit"_s, limit);
    sql.bindValue(u":offset"_s, offset);
    if (auto ok = execute(sql, u"listing customers"_s); !ok)
        return std::unexpected(ok.error());
    QList<Customer> result;
    while (sql.next()) {
        auto customer = readCustomer(sql);
        if (!customer)
            return std::unexpected(customer.error());
        result.append(*customer);
    }
    return result;
}

} // namespace ardesk
