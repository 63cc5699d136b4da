#include "storage/InvoiceRepository.h"

#include "domain/CreditorReference.h"
#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

InvoiceRepository::InvoiceRepository(Database& database)
    : m_database(database)
    // The offer is fixed here from the invoice's override and its customer's terms, so every
    // way an invoice is written (entry, import, recurring run) offers the same; terms changed
    // later leave it as it was.
    , m_insert(database,
               u"INSERT INTO invoices(number, customer_id, issue_date, due_date, amount, "
               "currency, description, charge, payment_reference, discount_bp, discount_until, "
               "created_at) "
               "SELECT n.number, n.customer, n.issued, n.due, n.amount, n.currency, "
               "n.description, n.charge, n.reference, "
               "CASE WHEN n.charge = 1 THEN 0 ELSE coalesce(n.rate, c.discount_bp, 0) END, "
               "CASE WHEN n.charge = 1 OR coalesce(n.rate, c.discount_bp, 0) = 0 THEN NULL "
               "ELSE coalesce(n.until, "_s +
                   database.dialect().addDays(u"n.issued"_s, u"c.discount_days"_s) + u") END, "_s +
                   database.dialect().utcNow() +
                   // Each value is bound once (Qt binds a name used twice only once) and the
                   // customer is read once for both terms: the import writes a million rows
                   // through here. The left join keeps a missing customer a foreign-key
                   // error, not a silent no-op; WHERE tells SQLite's parser the SELECT ends
                   // before the upsert clause.
                   // The integers are cast: PostgreSQL takes a bare parameter in a select
                   // list for text.
                   u" FROM (SELECT :number AS number, CAST(:customer AS BIGINT) AS customer, "
                   ":issued AS issued, :due AS due, CAST(:amount AS BIGINT) AS amount, "
                   ":currency AS currency, :description AS description, "
                   "CAST(:charge AS BIGINT) AS charge, :reference AS reference, "
                   "CAST(:rate AS BIGINT) AS rate, :until AS until) AS n "
                   "LEFT JOIN customers AS c ON c.id = n.customer "
                   "WHERE true ON CONFLICT(number) DO NOTHING"_s +
                   database.dialect().returningId())
    , m_byNumber(database, u"SELECT id, number, customer_id, issue_date, amount, allocated, "
                           "currency FROM invoices WHERE number = ? AND kind = 'I'"_s)
    , m_secondaryIndexes(database, u"invoices"_s)
{}

Result<InvoiceId> InvoiceRepository::insert(const Invoice& invoice)
{
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    insert.bindValue(u":number"_s, invoice.number);
    insert.bindValue(u":customer"_s, invoice.customerId.value);
    insert.bindValue(u":issued"_s, IsoDate::format(invoice.issueDate));
    insert.bindValue(u":due"_s, IsoDate::format(invoice.dueDate));
    insert.bindValue(u":amount"_s, invoice.amount.minor());
    insert.bindValue(u":currency"_s, invoice.amount.currency().code());
    insert.bindValue(u":description"_s, textValue(invoice.description));
    insert.bindValue(u":charge"_s, invoice.charge ? 1 : 0);
    insert.bindValue(u":reference"_s,
                     CreditorReference::forDocument(invoice.number).value_or(u""_s));
    insert.bindValue(u":rate"_s, optionalValue(invoice.discountBasisPoints));
    insert.bindValue(u":until"_s, invoice.discountUntil.isValid()
                                      ? QVariant(IsoDate::format(invoice.discountUntil))
                                      : QVariant(QMetaType::fromType<QString>()));
    // A fixed context: building one with the number would cost a string per imported row.
    if (auto ok = execute(insert, u"saving an invoice"_s); !ok)
        return std::unexpected(ok.error());
    const auto id = m_database.dialect().insertedId(insert);
    if (!id)
        return fail(ErrorCode::AlreadyExists,
                    u"invoice "_s + invoice.number + u" already exists"_s);
    return InvoiceId{*id};
}

Result<std::optional<InvoiceBalance>> InvoiceRepository::findByNumber(const QString& number)
{
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
    QSqlQuery last(m_database.connection());
    // Installments and reminder charges are also rows of invoices, numbered by their own
    // rules; the newest real invoice is near the end anyway.
    last.prepare(u"SELECT number FROM invoices WHERE kind = 'I' AND charge = 0 "
                 "ORDER BY id DESC LIMIT 1"_s);
    if (auto ok = execute(last, u"reading the last invoice number"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<QString>(last, u"number"_s);
}

Result<void> InvoiceRepository::startBulkLoad(qint64 expectedRows)
{
    return m_secondaryIndexes.suspendFor(expectedRows);
}

Result<void> InvoiceRepository::finishBulkLoad()
{
    return m_secondaryIndexes.restore();
}

Result<Int128> InvoiceRepository::amountTotal()
{
    // In two halves of 32 bits: SQLite's sum() stops with an error past 64 bits, and each half
    // stays far below that for any number of rows a ledger can hold.
    QSqlQuery sum(m_database.connection());
    sum.prepare(u"SELECT coalesce(sum(amount >> 32), 0) AS high, "
                "coalesce(sum(amount & 4294967295), 0) AS low FROM invoices"_s);
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
