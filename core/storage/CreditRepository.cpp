#include "storage/CreditRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString kindValue(Credit::Kind kind)
{
    return kind == Credit::Kind::Payment ? u"P"_s : u"C"_s;
}

} // namespace

CreditRepository::CreditRepository(Database& database)
    : m_database(database)
    , m_insert(database, u"INSERT INTO credits(kind, code, customer_id, date, amount, "
                         "currency, invoice_id, method, reference, reason, unapplied, "
                         "created_at) VALUES (:kind, :code, :customer, :date, :amount, "
                         ":currency, :invoice, :method, :reference, :reason, :unapplied, "_s +
                             database.dialect().utcNow() +
                             u") ON CONFLICT(kind, code) DO NOTHING"_s +
                             database.dialect().returningId())
    , m_lastCode(database, u"SELECT code FROM credits WHERE kind = ? ORDER BY id DESC LIMIT 1"_s)
    , m_codeTaken(database, u"SELECT 1 FROM credits WHERE kind = ? AND code = ?"_s)
    , m_secondaryIndexes(database, u"credits"_s)
{}

Result<CreditId> CreditRepository::insert(const Credit& credit, qint64 unappliedMinor)
{
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    const bool payment = credit.kind == Credit::Kind::Payment;
    // By name: QtSql formats a name for every value bound by position, which an import of a
    // million payments pays eleven million times.
    insert.bindValue(u":kind"_s, kindValue(credit.kind));
    insert.bindValue(u":code"_s, credit.code);
    insert.bindValue(u":customer"_s, credit.customerId.value);
    insert.bindValue(u":date"_s, IsoDate::format(credit.date));
    insert.bindValue(u":amount"_s, credit.amount.minor());
    insert.bindValue(u":currency"_s, credit.amount.currency().code());
    insert.bindValue(u":invoice"_s, optionalValue(credit.invoiceId.isValid()
                                                      ? std::optional(credit.invoiceId.value)
                                                      : std::nullopt));
    insert.bindValue(u":method"_s, textValue(credit.method));
    insert.bindValue(u":reference"_s, textValue(credit.reference));
    insert.bindValue(u":reason"_s, textValue(credit.reason));
    insert.bindValue(u":unapplied"_s, unappliedMinor);
    const QString what = (payment ? u"payment "_s : u"credit note "_s) + credit.code;
    if (auto ok = execute(insert, u"saving "_s + what); !ok)
        return std::unexpected(ok.error());
    const auto id = m_database.dialect().insertedId(insert);
    if (!id)
        return fail(ErrorCode::AlreadyExists, what + u" already exists"_s);
    return CreditId{*id};
}

Result<QString> CreditRepository::lastCode(Credit::Kind kind)
{
    const auto lastCodePrepared = m_lastCode.query();
    if (!lastCodePrepared)
        return std::unexpected(lastCodePrepared.error());
    QSqlQuery& lastCode = **lastCodePrepared;
    lastCode.addBindValue(kindValue(kind));
    if (auto ok = execute(lastCode, u"reading the last credit's code"_s); !ok)
        return std::unexpected(ok.error());
    auto code = singleValue<QString>(lastCode, u"code"_s);
    lastCode.finish();
    return code;
}

Result<bool> CreditRepository::codeTaken(Credit::Kind kind, const QString& code)
{
    const auto codeTakenPrepared = m_codeTaken.query();
    if (!codeTakenPrepared)
        return std::unexpected(codeTakenPrepared.error());
    QSqlQuery& codeTaken = **codeTakenPrepared;
    codeTaken.addBindValue(kindValue(kind));
    codeTaken.addBindValue(code);
    if (auto ok = execute(codeTaken, u"looking up a credit's code"_s); !ok)
        return std::unexpected(ok.error());
    const bool taken = codeTaken.next();
    codeTaken.finish();
    return taken;
}

Result<void> CreditRepository::startBulkLoad(qint64 expectedRows)
{
    return m_secondaryIndexes.suspendFor(expectedRows);
}

Result<void> CreditRepository::finishBulkLoad()
{
    return m_secondaryIndexes.restore();
}

Result<Int128> CreditRepository::amountTotal()
{
    // In two halves of 32 bits: SQLite's sum() stops with an error past 64 bits, and each half
    // stays far below that for any number of rows a ledger can hold.
    QSqlQuery sum(m_database.connection());
    sum.prepare(u"SELECT coalesce(sum(amount >> 32), 0) AS high, "
                "coalesce(sum(amount & 4294967295), 0) AS low FROM credits"_s);
    if (auto ok = execute(sum, u"adding up the credits' amounts"_s); !ok)
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
