#include "storage/InvoiceRepository.h"

#include "domain/CreditorReference.h"
#include "domain/IsoDate.h"
#include "storage/BatchedRows.h"
#include "storage/BulkKeys.h"
#include "storage/BulkLoadAudit.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The INSERT of invoices from the rows of `source` (alias n: number, customer, issued, due,
// amount, currency, description, charge, reference, rate, until, and id when `withId`). The
// offer is fixed here from the invoice's override and its customer's terms, so every way an
// invoice is written (entry, import, recurring run) offers the same; terms changed later leave
// it as it was. The customer is read once for both terms, and the left join keeps a missing
// customer a foreign-key error, not a silent no-op.
QString insertFrom(const SqlDialect& dialect, bool withId)
{
    const QString id = withId ? u"id, "_s : QString();
    return u"INSERT INTO invoices(%1number, customer_id, issue_date, due_date, amount, "
           "currency, description, charge, payment_reference, discount_bp, discount_until, "
           "created_at) "
           "SELECT %2n.number, n.customer, n.issued, n.due, n.amount, n.currency, "
           "n.description, n.charge, n.reference, "
           "CASE WHEN n.charge = 1 THEN 0 ELSE coalesce(n.rate, c.discount_bp, 0) END, "
           "CASE WHEN n.charge = 1 OR coalesce(n.rate, c.discount_bp, 0) = 0 THEN NULL "
           "ELSE coalesce(n.until, %3) END, %4 FROM "_s.arg(
               id, withId ? u"n.id, "_s : QString(),
               dialect.addDays(u"n.issued"_s, u"c.discount_days"_s), dialect.utcNow());
}

// The values of invoiceRow(), as the source `n` of insertFrom() names them.
const QStringList sourceColumns{u"number"_s,    u"customer"_s, u"issued"_s,      u"due"_s,
                                u"amount"_s,    u"currency"_s, u"description"_s, u"charge"_s,
                                u"reference"_s, u"rate"_s,     u"until"_s};
const QStringList integerColumns{u"customer"_s, u"amount"_s, u"charge"_s, u"rate"_s};

// One row's values as the columns of a SELECT, `placeholders` standing for them in turn. The
// integers are cast: PostgreSQL takes a bare parameter in a select list for text.
QString invoiceValues(const QStringList& placeholders)
{
    QStringList terms;
    for (qsizetype i = 0; i < sourceColumns.size(); ++i) {
        const QString& column = sourceColumns.at(i);
        terms.append((integerColumns.contains(column) ? u"CAST(%1 AS BIGINT)"_s : u"%1"_s)
                         .arg(placeholders.at(i)) +
                     u" AS "_s + column);
    }
    return terms.join(u", "_s);
}

// The id, then the values of invoiceRow(), for a bulk load.
QList<BatchedRows::Column> bulkColumns()
{
    QList<BatchedRows::Column> columns{{.name = u"id"_s, .integer = true}};
    for (const QString& column : sourceColumns)
        columns.append({.name = column, .integer = integerColumns.contains(column)});
    return columns;
}

const QString withCustomer = u" AS n LEFT JOIN customers AS c ON c.id = n.customer"_s;

const QStringList valueNames{u":number"_s,    u":customer"_s, u":issued"_s,      u":due"_s,
                             u":amount"_s,    u":currency"_s, u":description"_s, u":charge"_s,
                             u":reference"_s, u":rate"_s,     u":until"_s};

QVariantList invoiceRow(const Invoice& invoice)
{
    return {invoice.number,
            invoice.customerId.value,
            IsoDate::format(invoice.issueDate),
            IsoDate::format(invoice.dueDate),
            invoice.amount.minor(),
            invoice.amount.currency().code(),
            textValue(invoice.description),
            invoice.charge ? 1 : 0,
            CreditorReference::forDocument(invoice.number).value_or(u""_s),
            optionalValue(invoice.discountBasisPoints),
            invoice.discountUntil.isValid() ? QVariant(IsoDate::format(invoice.discountUntil))
                                            : QVariant(QMetaType::fromType<QString>())};
}

} // namespace

struct InvoiceRepository::BulkLoad {
    BulkLoad(Database& database, BulkKeys taken)
        : numbers(std::move(taken))
        , rows(BatchedRows::selects(database, insertFrom(database.dialect(), true) + u"("_s,
                                    bulkColumns(), u")"_s + withCustomer, u"saving invoices"_s))
    {}

    BulkKeys numbers;
    BatchedRows rows;
};

InvoiceRepository::InvoiceRepository(Database& database)
    : m_database(database)
    // Each value is bound once (Qt binds a name used twice only once): the import writes a
    // million rows through here. WHERE tells SQLite's parser the SELECT ends before the upsert
    // clause.
    , m_insert(database, insertFrom(database.dialect(), false) + u"(SELECT "_s +
                             invoiceValues(valueNames) + u")"_s + withCustomer +
                             u" WHERE true ON CONFLICT(number) DO NOTHING"_s +
                             database.dialect().returningId())
    , m_byNumber(database, u"SELECT id, number, customer_id, issue_date, amount, allocated, "
                           "currency FROM invoices WHERE number = ? AND kind = 'I'"_s)
    , m_tableLoad(database, u"invoices"_s)
{}

InvoiceRepository::~InvoiceRepository() = default;

Result<InvoiceId> InvoiceRepository::insert(const Invoice& invoice)
{
    if (m_bulk)
        return insertBatched(invoice);
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    const QVariantList values = invoiceRow(invoice);
    for (qsizetype i = 0; i < values.size(); ++i)
        insert.bindValue(valueNames.at(i), values.at(i));
    // A fixed context: building one with the number would cost a string per imported row.
    if (auto ok = execute(insert, u"saving an invoice"_s); !ok)
        return std::unexpected(ok.error());
    const auto id = m_database.dialect().insertedId(insert);
    if (!id)
        return fail(ErrorCode::AlreadyExists,
                    u"invoice "_s + invoice.number + u" already exists"_s);
    return InvoiceId{*id};
}

Result<InvoiceId> InvoiceRepository::insertBatched(const Invoice& invoice)
{
    const auto id = m_bulk->numbers.take(invoice.number);
    if (!id)
        return fail(ErrorCode::AlreadyExists,
                    u"invoice "_s + invoice.number + u" already exists"_s);
    QVariantList values{*id};
    values.append(invoiceRow(invoice));
    if (auto ok = m_bulk->rows.put(values); !ok)
        return std::unexpected(ok.error());
    return InvoiceId{*id};
}

Result<void> InvoiceRepository::writeBatch()
{
    return m_bulk ? m_bulk->rows.write() : Result<void>{};
}

Result<std::optional<InvoiceBalance>> InvoiceRepository::findByNumber(const QString& number)
{
    if (auto ok = writeBatch(); !ok)
        return std::unexpected(ok.error());
    const auto byNumberPrepared = m_byNumber.query();
    if (!byNumberPrepared)
        return std::unexpected(byNumberPrepared.error());
    QSqlQuery& byNumber = **byNumberPrepared;
    byNumber.addBindValue(number);
    if (auto ok = execute(byNumber, u"reading invoice "_s + number); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(byNumber);
    const int id = columns(u"id"_s);
    const int numberText = columns(u"number"_s);
    const int customerId = columns(u"customer_id"_s);
    const int issueDate = columns(u"issue_date"_s);
    const int amount = columns(u"amount"_s);
    const int allocated = columns(u"allocated"_s);
    const int currencyCode = columns(u"currency"_s);
    if (auto ok = columns.check(); !ok) {
        byNumber.finish();
        return std::unexpected(ok.error());
    }
    std::optional<InvoiceBalance> result;
    if (byNumber.next()) {
        const auto currency = CurrencyCode::fromCode(byNumber.value(currencyCode).toString());
        if (!currency) {
            byNumber.finish();
            return fail(ErrorCode::LedgerCorrupt, u"invoice with an unknown currency"_s);
        }
        result = InvoiceBalance{
            .id = InvoiceId{byNumber.value(id).toLongLong()},
            .number = byNumber.value(numberText).toString(),
            .customerId = CustomerId{byNumber.value(customerId).toLongLong()},
            .issueDate = IsoDate::parse(byNumber.value(issueDate).toString()).value_or(QDate()),
            .amountMinor = byNumber.value(amount).toLongLong(),
            .allocatedMinor = byNumber.value(allocated).toLongLong(),
            .currency = *currency};
    }
    byNumber.finish();
    return result;
}

Result<QString> InvoiceRepository::lastNumber()
{
    if (auto ok = writeBatch(); !ok)
        return std::unexpected(ok.error());
    QSqlQuery last(m_database.connection());
    // Installments and reminder charges are also rows of invoices, numbered by their own
    // rules; the newest real invoice is near the end anyway.
    if (auto ready = prepare(last, u"SELECT number FROM invoices WHERE kind = 'I' AND charge = 0 "
                                   "ORDER BY id DESC LIMIT 1"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(last, u"reading the last invoice number"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<QString>(last, u"number"_s);
}

Result<void> InvoiceRepository::startBulkLoad(qint64 expectedRows)
{
    if (auto ok = m_tableLoad.start(expectedRows); !ok)
        return ok;
    if (!m_database.dialect().batchesBulkLoads())
        return {};
    auto numbers = BulkKeys::read(m_database, u"invoices"_s, u"number"_s);
    if (!numbers)
        return std::unexpected(numbers.error());
    m_bulk = std::make_unique<BulkLoad>(m_database, std::move(*numbers));
    return {};
}

Result<void> InvoiceRepository::finishBulkLoad()
{
    if (auto ok = writeBatch(); !ok)
        return ok;
    m_bulk.reset();
    return m_tableLoad.finish();
}

Result<Int128> InvoiceRepository::amountTotal()
{
    if (auto ok = writeBatch(); !ok)
        return std::unexpected(ok.error());
    // In two halves of 32 bits: SQLite's sum() stops with an error past 64 bits, and each half
    // stays far below that for any number of rows a ledger can hold.
    QSqlQuery sum(m_database.connection());
    if (auto ready = prepare(sum, u"SELECT coalesce(sum(amount >> 32), 0) AS high, "
                                  "coalesce(sum(amount & 4294967295), 0) AS low FROM invoices"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(sum, u"adding up the invoices' amounts"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sum);
    const int high = columns(u"high"_s);
    const int low = columns(u"low"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    if (!sum.next())
        return Int128(0);
    return Int128(sum.value(high).toLongLong()) * Int128(qint64{1} << 32) +
           Int128(sum.value(low).toLongLong());
}

} // namespace ardesk
