#include "storage/CustomerRepository.h"

#include <QStringList>
#include <QVariant>

#include "domain/FoldedText.h"
#include "domain/IsoDate.h"
#include "storage/BatchedRows.h"
#include "storage/BulkKeys.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Every column but the id and created_at, in the order of the INSERT and UPDATE statements.
QVariantList customerRow(const Customer& customer)
{
    return {customer.code,
            customer.name,
            textValue(customer.email),
            textValue(customer.phone),
            textValue(customer.address),
            customer.termsDays,
            optionalValue(customer.creditLimitMinor),
            customer.currency.code(),
            customer.language,
            customer.onHold ? 1 : 0,
            textValue(customer.bankAccount),
            customer.discountBasisPoints,
            customer.discountDays,
            FoldedText::fold(customer.name)};
}

void bindFields(QSqlQuery& sql, const Customer& customer)
{
    for (const QVariant& value : customerRow(customer))
        sql.addBindValue(value);
}

// The columns of customerRow(), then created_at.
const QStringList insertColumns{
    u"code"_s,         u"name"_s,         u"email"_s,         u"phone"_s,       u"address"_s,
    u"terms_days"_s,   u"credit_limit"_s, u"currency"_s,      u"language"_s,    u"on_hold"_s,
    u"bank_account"_s, u"discount_bp"_s,  u"discount_days"_s, u"folded_name"_s, u"created_at"_s};
const QString insertInto = u"INSERT INTO customers("_s + insertColumns.join(u", "_s);
constexpr int fieldCount = 14;
// For a bulk load, the id too.
const QStringList bulkColumns = insertColumns + QStringList{u"id"_s};

// Text columns are NOT NULL DEFAULT '': a null QString (an absent optional value) would be
// bound as SQL NULL and refused, so it is stored as the empty text it means.
const QString selectColumns =
    u"SELECT id, code, name, email, phone, address, terms_days, credit_limit, currency, "
    "language, on_hold, bank_account, discount_bp, discount_days FROM customers "_s;

// Where a customer's own columns are, in the results of selectColumns and listColumns.
struct CustomerColumns {
    explicit CustomerColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , code(columns(u"code"_s))
        , name(columns(u"name"_s))
        , email(columns(u"email"_s))
        , phone(columns(u"phone"_s))
        , address(columns(u"address"_s))
        , termsDays(columns(u"terms_days"_s))
        , creditLimit(columns(u"credit_limit"_s))
        , currency(columns(u"currency"_s))
        , language(columns(u"language"_s))
        , onHold(columns(u"on_hold"_s))
        , bankAccount(columns(u"bank_account"_s))
        , discountRate(columns(u"discount_bp"_s))
        , discountDays(columns(u"discount_days"_s))
    {}

    int id, code, name, email, phone, address, termsDays, creditLimit, currency, language, onHold,
        bankAccount, discountRate, discountDays;
};

Result<Customer> readCustomer(const QSqlQuery& query, const CustomerColumns& at)
{
    const auto currency = CurrencyCode::fromCode(query.value(at.currency).toString());
    if (!currency)
        return fail(ErrorCode::LedgerCorrupt, u"customer with an unknown currency"_s);
    Customer customer{.id = CustomerId{query.value(at.id).toLongLong()},
                      .code = query.value(at.code).toString(),
                      .name = query.value(at.name).toString(),
                      .email = query.value(at.email).toString(),
                      .phone = query.value(at.phone).toString(),
                      .address = query.value(at.address).toString(),
                      .termsDays = query.value(at.termsDays).toInt(),
                      .creditLimitMinor = std::nullopt,
                      .currency = *currency,
                      .language = query.value(at.language).toString(),
                      .onHold = query.value(at.onHold).toBool(),
                      .bankAccount = query.value(at.bankAccount).toString(),
                      .discountBasisPoints = query.value(at.discountRate).toInt(),
                      .discountDays = query.value(at.discountDays).toInt()};
    if (!query.isNull(at.creditLimit))
        customer.creditLimitMinor = query.value(at.creditLimit).toLongLong();
    return customer;
}

// Where the customer list's columns are: the customer's own, then its figures.
struct ListRowColumns {
    explicit ListRowColumns(ResultColumns& columns)
        : customer(columns)
        , balance(columns(u"balance"_s))
        , overdue(columns(u"overdue"_s))
        , oldestDue(columns(u"oldest_due"_s))
    {}

    CustomerColumns customer;
    int balance, overdue, oldestDue;
};

Result<CustomerListRow> readListRow(const QSqlQuery& sql, const ListRowColumns& at)
{
    auto customer = readCustomer(sql, at.customer);
    if (!customer)
        return std::unexpected(customer.error());
    return CustomerListRow{
        .customer = std::move(*customer),
        .balanceMinor = sql.value(at.balance).toLongLong(),
        .overdueMinor = sql.value(at.overdue).toLongLong(),
        .oldestDue = IsoDate::parse(sql.value(at.oldestDue).toString()).value_or(QDate())};
}

using Filter = CustomerQuery::Filter;
using SortKey = CustomerQuery::SortKey;

// The list's columns of customers c; the figures follow them.
const QString listColumns =
    u"c.id, c.code, c.name, c.email, c.phone, c.address, c.terms_days, c.credit_limit, "
    "c.currency, c.language, c.on_hold, c.bank_account, c.discount_bp, c.discount_days"_s;
const QString balanceSql = u"(coalesce(f.open, 0) - coalesce(u.unapplied, 0))"_s;
const QString overdueSql = u"coalesce(f.overdue, 0)"_s;
const QString listFigures = u", "_s + balanceSql + u" AS balance, "_s + overdueSql +
                            u" AS overdue, f.oldest AS oldest_due"_s;
const QString figuresJoin = u"LEFT JOIN figures f ON f.customer_id = c.id "
                            "LEFT JOIN unapplied u ON u.customer_id = c.id "_s;

// The scores of SortKey::Risk, from the connection's temporary table (setRiskScores).
QString riskJoinFor(const SqlDialect& dialect, const CustomerQuery& query)
{
    if (query.sortKey != SortKey::Risk)
        return QString();
    return u"LEFT JOIN "_s + dialect.temporary(u"customer_risk"_s) +
           u" r ON r.customer_id = c.id "_s;
}

// The open figures of each customer, as CTEs `figures` and `unapplied`: over every customer,
// or only over those of the CTE `page` (an index lookup each, a few milliseconds).
// Over every customer, the invoices come from the covering index invoices_aging: an item is
// open exactly while its settled_date is '9999-12-31' (AllocationRepository keeps the two in
// step), so the open items are one range of it and no table row is read; through the partial
// index invoices_open_by_customer each of them costs a table lookup, twice as slow (0.18 s
// against 0.09 s on 100,000 open items of a million). Without INDEXED BY, SQLite walks
// credits_by_customer, a million rows, for the few thousand credits with something
// unapplied: seven times slower.
QString figuresCtes(bool pageOnly)
{
    const QString onPage = pageOnly ? u"AND customer_id IN (SELECT id FROM page) "_s : QString();
    const QString openInvoices =
        pageOnly ? u"FROM invoices WHERE allocated < amount "_s + onPage
                 : u"FROM invoices INDEXED BY invoices_aging "
                   "WHERE settled_date = '9999-12-31' AND allocated < amount "_s;
    const QString unappliedCredits =
        pageOnly ? u"FROM credits WHERE unapplied > 0 "_s + onPage
                 : u"FROM credits INDEXED BY credits_unapplied WHERE unapplied > 0 "_s;
    return u"figures AS (SELECT customer_id, sum(amount - allocated) AS open, "
           "sum(CASE WHEN due_date < :asOf THEN amount - allocated ELSE 0 END) AS overdue, "
           "min(due_date) AS oldest "_s +
           openInvoices +
           u"GROUP BY customer_id), "
           "unapplied AS (SELECT customer_id, sum(unapplied) AS unapplied "_s +
           unappliedCredits + u"GROUP BY customer_id) "_s;
}

// Whether the filter or the order needs every customer's figures, not only those of a page.
bool filtersByFigures(const CustomerQuery& query)
{
    return query.filter == Filter::WithBalance || query.filter == Filter::Overdue ||
           query.filter == Filter::OverLimit;
}

bool sortsByFigures(const CustomerQuery& query)
{
    return query.sortKey == SortKey::Balance || query.sortKey == SortKey::Overdue ||
           query.sortKey == SortKey::OldestDue;
}

QString whereClause(const SqlDialect& dialect, const CustomerQuery& query)
{
    QStringList conditions;
    if (!query.search.isEmpty())
        conditions.append(
            u"(c.code %1 :pattern ESCAPE '\\' OR c.folded_name %1 :folded ESCAPE '\\')"_s.arg(
                dialect.likeIgnoringCase()));
    switch (query.filter) {
    case Filter::All:
        break;
    case Filter::WithBalance:
        conditions.append(balanceSql + u" <> 0"_s);
        break;
    case Filter::Overdue:
        conditions.append(overdueSql + u" > 0"_s);
        break;
    case Filter::OnHold:
        conditions.append(u"c.on_hold = 1"_s);
        break;
    case Filter::OverLimit:
        conditions.append(u"c.credit_limit IS NOT NULL AND "_s + balanceSql +
                          u" > c.credit_limit"_s);
        break;
    }
    return conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
}

// Every order ends on the unique code, so that pages read with LIMIT/OFFSET neither repeat nor
// skip rows. Customers without a credit limit or an open item come last either way: they are
// not what a user sorting by that column looks for.
QString orderClause(const CustomerQuery& query)
{
    const QString d = query.descending ? u" DESC"_s : u" ASC"_s;
    const QString byCode = u"c.code"_s + d;
    switch (query.sortKey) {
    case SortKey::Name:
        if (query.nameOrder == NameOrder::Folded)
            return u"ORDER BY c.folded_name"_s + d + u", c.name"_s + d + u", "_s + byCode;
        return u"ORDER BY c.name"_s + d + u", "_s + byCode;
    case SortKey::Code:
        return u"ORDER BY "_s + byCode;
    case SortKey::Balance:
        return u"ORDER BY "_s + balanceSql + d + u", "_s + byCode;
    case SortKey::Overdue:
        return u"ORDER BY "_s + overdueSql + d + u", "_s + byCode;
    case SortKey::OldestDue:
        return u"ORDER BY f.oldest IS NULL, f.oldest"_s + d + u", "_s + byCode;
    case SortKey::CreditLimit:
        return u"ORDER BY c.credit_limit IS NULL, c.credit_limit"_s + d + u", "_s + byCode;
    case SortKey::Risk:
        return u"ORDER BY r.score IS NULL, r.score"_s + d + u", "_s + byCode;
    }
    return QString();
}

void bindValues(QSqlQuery& sql, const CustomerQuery& query, bool figures)
{
    if (figures)
        sql.bindValue(u":asOf"_s, IsoDate::format(query.asOf));
    if (!query.search.isEmpty()) {
        sql.bindValue(u":pattern"_s, containsPattern(query.search));
        sql.bindValue(u":folded"_s, containsPattern(FoldedText::fold(query.search)));
    }
}

} // namespace

struct CustomerRepository::BulkLoad {
    BulkLoad(Database& database, BulkKeys taken, QString stamp)
        : codes(std::move(taken))
        , createdAt(std::move(stamp))
        , rows(BatchedRows::values(database, u"customers"_s, bulkColumns, u"saving customers"_s))
    {}

    BulkKeys codes;
    QString createdAt;
    BatchedRows rows;
};

CustomerRepository::CustomerRepository(Database& database)
    : m_database(database)
    , m_insert(database, insertInto + u") VALUES ("_s +
                             QStringList(fieldCount, u"?"_s).join(u", "_s) + u", "_s +
                             database.dialect().utcNow() + u") ON CONFLICT(code) DO NOTHING"_s +
                             database.dialect().returningId())
    , m_byCode(database, selectColumns + u"WHERE code = ?"_s)
    , m_audit(database, u"customers"_s)
{}

CustomerRepository::~CustomerRepository() = default;

Result<CustomerId> CustomerRepository::insert(const Customer& customer)
{
    if (m_bulk)
        return insertBatched(customer);
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    bindFields(insert, customer);
    if (auto ok = execute(insert, u"saving customer "_s + customer.code); !ok)
        return std::unexpected(ok.error());
    const auto id = m_database.dialect().insertedId(insert);
    if (!id)
        return fail(ErrorCode::AlreadyExists,
                    u"customer "_s + customer.code + u" already exists"_s);
    return CustomerId{*id};
}

Result<CustomerId> CustomerRepository::insertBatched(const Customer& customer)
{
    const auto id = m_bulk->codes.take(customer.code);
    if (!id)
        return fail(ErrorCode::AlreadyExists,
                    u"customer "_s + customer.code + u" already exists"_s);
    QVariantList values = customerRow(customer);
    values.append(m_bulk->createdAt);
    values.append(*id);
    if (auto ok = m_bulk->rows.put(values); !ok)
        return std::unexpected(ok.error());
    return CustomerId{*id};
}

Result<void> CustomerRepository::startBulkLoad()
{
    if (auto ok = m_audit.start(); !ok)
        return ok;
    if (!m_database.dialect().batchesBulkLoads())
        return {};
    auto codes = BulkKeys::read(m_database, u"customers"_s, u"code"_s);
    if (!codes)
        return std::unexpected(codes.error());
    auto createdAt = m_database.createdAtNow();
    if (!createdAt)
        return std::unexpected(createdAt.error());
    m_bulk = std::make_unique<BulkLoad>(m_database, std::move(*codes), std::move(*createdAt));
    return {};
}

Result<void> CustomerRepository::finishBulkLoad()
{
    if (m_bulk) {
        if (auto ok = m_bulk->rows.write(); !ok)
            return ok;
        m_bulk.reset();
    }
    return m_audit.finish();
}

Result<void> CustomerRepository::update(const Customer& customer)
{
    QSqlQuery sql(m_database.connection());
    // A code another customer has leaves the row alone rather than failing the statement
    // (which would end a PostgreSQL transaction).
    if (auto ready = prepare(
            sql, u"UPDATE customers SET code = ?, name = ?, email = ?, phone = ?, "
                 "address = ?, terms_days = ?, credit_limit = ?, currency = ?, language = ?, "
                 "on_hold = ?, bank_account = ?, discount_bp = ?, discount_days = ?, "
                 "folded_name = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM customers o "
                 "WHERE o.code = ? AND o.id <> ?)"_s);
        !ready)
        return std::unexpected(ready.error());
    bindFields(sql, customer);
    sql.addBindValue(customer.id.value);
    sql.addBindValue(customer.code);
    sql.addBindValue(customer.id.value);
    if (auto ok = execute(sql, u"saving customer "_s + customer.code); !ok)
        return std::unexpected(ok.error());
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

Result<void> CustomerRepository::setOnHold(CustomerId id, bool onHold)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql, u"UPDATE customers SET on_hold = ? WHERE id = ?"_s); !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(onHold ? 1 : 0);
    sql.addBindValue(id.value);
    if (auto ok = execute(sql, u"saving the customer's hold"_s); !ok)
        return std::unexpected(ok.error());
    if (sql.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"no customer with id %1"_s.arg(id.value));
    return {};
}

Result<bool> CustomerRepository::hasDocuments(CustomerId id)
{
    // Each probe is one lookup in a per-customer index (invoices_by_customer,
    // credits_by_customer, plans_by_customer).
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT EXISTS (SELECT 1 FROM invoices WHERE customer_id = :id) "
                 "OR EXISTS (SELECT 1 FROM credits WHERE customer_id = :id) "
                 "OR EXISTS (SELECT 1 FROM plans WHERE customer_id = :id) AS has_documents"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.bindValue(u":id"_s, id.value);
    if (auto ok = execute(sql, u"looking for the customer's documents"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<bool>(sql, u"has_documents"_s);
}

Result<std::optional<Customer>> CustomerRepository::findOne(QSqlQuery& query)
{
    if (auto ok = execute(query, u"reading customers"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<CustomerColumns>(query);
    if (!columns || !query.next()) {
        query.finish();
        if (!columns)
            return std::unexpected(columns.error());
        return std::optional<Customer>();
    }
    auto customer = readCustomer(query, *columns);
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
    if (auto ready = prepare(query, selectColumns + u"WHERE id = ?"_s); !ready)
        return std::unexpected(ready.error());
    query.addBindValue(id.value);
    return findOne(query);
}

Result<QList<CustomerTerms>> CustomerRepository::allTerms()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ready = prepare(query, u"SELECT id, code, currency, terms_days FROM customers"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(query, u"reading the customers"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(query);
    const int id = columns(u"id"_s);
    const int code = columns(u"code"_s);
    const int currencyCode = columns(u"currency"_s);
    const int termsDays = columns(u"terms_days"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<CustomerTerms> customers;
    while (query.next()) {
        const auto currency = CurrencyCode::fromCode(query.value(currencyCode).toString());
        if (!currency)
            return fail(ErrorCode::LedgerCorrupt, u"customer with an unknown currency"_s);
        customers.append({.id = CustomerId{query.value(id).toLongLong()},
                          .code = query.value(code).toString(),
                          .currency = *currency,
                          .termsDays = query.value(termsDays).toInt()});
    }
    return customers;
}

Result<QList<Customer>> CustomerRepository::all()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ready = prepare(query, selectColumns); !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(query, u"reading the customers"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<Customer, CustomerColumns>(query, readCustomer);
}

Result<QStringList> CustomerRepository::currencies()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ready = prepare(query, u"SELECT DISTINCT currency FROM customers ORDER BY currency"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(query, u"reading the customers' currencies"_s); !ok)
        return std::unexpected(ok.error());
    const int currency = ResultColumns(query)(u"currency"_s);
    QStringList codes;
    while (query.next())
        codes.append(query.value(currency).toString());
    return codes;
}

Result<qint64> CustomerRepository::count(const CustomerQuery& query)
{
    const bool figures = filtersByFigures(query);
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql, (figures ? u"WITH "_s + figuresCtes(false) : QString()) +
                                      u"SELECT count(*) AS count FROM customers c "_s +
                                      (figures ? figuresJoin : QString()) +
                                      whereClause(m_database.dialect(), query));
        !ready)
        return std::unexpected(ready.error());
    bindValues(sql, query, figures);
    if (auto ok = execute(sql, u"counting customers"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<qint64>(sql, u"count"_s);
}

Result<QList<CustomerListRow>> CustomerRepository::page(const CustomerQuery& query, qint64 offset,
                                                        int limit)
{
    if (query.sortKey == SortKey::Risk) {
        if (auto ok = ensureRiskTable(); !ok)
            return std::unexpected(ok.error());
    }
    const QString risk = riskJoinFor(m_database.dialect(), query);
    const QString select = u"SELECT "_s + listColumns + listFigures + u" FROM "_s;
    const QString order = orderClause(query);
    // Ordered and filtered by the customers' own columns, the page is picked first and only
    // its figures are read; otherwise every customer's figures are needed to pick it.
    const bool pageFirst = !filtersByFigures(query) && !sortsByFigures(query);
    QString text;
    if (pageFirst)
        // folded_name comes along for the outer ORDER BY of NameOrder::Folded.
        text = u"WITH page AS (SELECT "_s + listColumns + u", c.folded_name FROM customers c "_s +
               risk + whereClause(m_database.dialect(), query) + order +
               u" LIMIT :limit OFFSET :offset), "_s + figuresCtes(true) + select + u"page c "_s +
               figuresJoin + risk + order;
    else
        text = u"WITH "_s + figuresCtes(false) + select + u"customers c "_s + figuresJoin + risk +
               whereClause(m_database.dialect(), query) + order + u" LIMIT :limit OFFSET :offset"_s;
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, m_database.dialect().planned(text)); !ready)
        return std::unexpected(ready.error());
    bindValues(sql, query, true);
    sql.bindValue(u":limit"_s, limit);
    sql.bindValue(u":offset"_s, offset);
    if (auto ok = execute(sql, u"listing customers"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<CustomerListRow, ListRowColumns>(sql, readListRow);
}

Result<void>
CustomerRepository::forEachListRow(const CustomerQuery& query,
                                   const std::function<Result<void>(const CustomerListRow&)>& visit)
{
    // Every customer's figures at once, from the open range of invoices_aging: for the whole
    // list that is ten times faster than page by page, where each customer's invoices are
    // looked up one by one (100,000 customers of a million invoices: about 3 s against 40 s).
    if (query.sortKey == SortKey::Risk) {
        if (auto ok = ensureRiskTable(); !ok)
            return std::unexpected(ok.error());
    }
    const QString text = u"WITH "_s + figuresCtes(false) + u"SELECT "_s + listColumns +
                         listFigures + u" FROM customers c "_s + figuresJoin +
                         riskJoinFor(m_database.dialect(), query) +
                         whereClause(m_database.dialect(), query) + orderClause(query);
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, m_database.dialect().planned(text)); !ready)
        return std::unexpected(ready.error());
    bindValues(sql, query, true);
    if (auto ok = execute(sql, u"listing customers"_s); !ok)
        return std::unexpected(ok.error());
    const auto columns = findColumns<ListRowColumns>(sql);
    if (!columns)
        return std::unexpected(columns.error());
    while (sql.next()) {
        auto row = readListRow(sql, *columns);
        if (!row)
            return std::unexpected(row.error());
        if (auto visited = visit(*row); !visited)
            return visited;
    }
    return {};
}

Result<void> CustomerRepository::ensureRiskTable()
{
    QSqlQuery sql(m_database.connection());
    return executeDirectly(sql,
                           u"CREATE TEMP TABLE IF NOT EXISTS customer_risk("
                           "customer_id BIGINT PRIMARY KEY, score INTEGER NOT NULL)"_s,
                           u"preparing the risk order"_s);
}

Result<void> CustomerRepository::setRiskScores(const QList<std::pair<qint64, int>>& scores)
{
    if (auto ok = ensureRiskTable(); !ok)
        return ok;
    // One statement over a JSON array rather than a transaction of inserts: BEGIN IMMEDIATE
    // would take the ledger's write lock for what is only this connection's scratch table.
    QString json = u"["_s;
    for (const auto& [customer, score] : scores)
        json += u"[%1,%2],"_s.arg(customer).arg(score);
    if (json.endsWith(u','))
        json.chop(1);
    json += u']';
    const QString table = m_database.dialect().temporary(u"customer_risk"_s);
    QSqlQuery clear(m_database.connection());
    if (auto ready = prepare(clear, u"DELETE FROM "_s + table); !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(clear, u"clearing the risk scores"_s); !ok)
        return ok;
    QSqlQuery insert(m_database.connection());
    if (auto ready =
            prepare(insert, u"INSERT INTO "_s + table +
                                u"(customer_id, score) SELECT pair_first, pair_second FROM ("_s +
                                m_database.dialect().integerPairs() + u") AS pairs"_s);
        !ready)
        return std::unexpected(ready.error());
    insert.addBindValue(json);
    return execute(insert, u"storing the risk scores"_s);
}

} // namespace ardesk
