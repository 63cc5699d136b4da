#include "storage/CreditRepository.h"

#include <QSqlQuery>
#include <QVariant>

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

QString kindValue(Credit::Kind kind)
{
    return kind == Credit::Kind::Payment ? u"P"_s : u"C"_s;
}

// The columns of creditRow(), then created_at.
const QStringList insertColumns{u"kind"_s,      u"code"_s,     u"customer_id"_s, u"date"_s,
                                u"amount"_s,    u"currency"_s, u"invoice_id"_s,  u"method"_s,
                                u"reference"_s, u"reason"_s,   u"unapplied"_s,   u"created_at"_s};
const QString insertInto = u"INSERT INTO credits("_s + insertColumns.join(u", "_s);

const QStringList valueNames{u":kind"_s,      u":code"_s,     u":customer"_s, u":date"_s,
                             u":amount"_s,    u":currency"_s, u":invoice"_s,  u":method"_s,
                             u":reference"_s, u":reason"_s,   u":unapplied"_s};

// For a bulk load, the id too.
const QStringList bulkColumns = insertColumns + QStringList{u"id"_s};

QVariantList creditRow(const Credit& credit, qint64 unappliedMinor)
{
    return {kindValue(credit.kind),
            credit.code,
            credit.customerId.value,
            IsoDate::format(credit.date),
            credit.amount.minor(),
            credit.amount.currency().code(),
            optionalValue(credit.invoiceId.isValid() ? std::optional(credit.invoiceId.value)
                                                     : std::nullopt),
            textValue(credit.method),
            textValue(credit.reference),
            textValue(credit.reason),
            unappliedMinor};
}

QString named(const Credit& credit)
{
    return (credit.kind == Credit::Kind::Payment ? u"payment "_s : u"credit note "_s) + credit.code;
}

} // namespace

struct CreditRepository::BulkLoad {
    BulkLoad(Database& database, BulkKeys taken, QString stamp)
        : codes(std::move(taken))
        , createdAt(std::move(stamp))
        , rows(BatchedRows::values(database, u"credits"_s, bulkColumns, u"saving credits"_s))
    {}

    BulkKeys codes;
    QString createdAt;
    BatchedRows rows;
};

CreditRepository::CreditRepository(Database& database)
    : m_database(database)
    , m_insert(database, insertInto + u") VALUES ("_s + valueNames.join(u", "_s) + u", "_s +
                             database.dialect().utcNow() +
                             u") ON CONFLICT(kind, code) DO NOTHING"_s +
                             database.dialect().returningId())
    , m_lastCode(database, u"SELECT code FROM credits WHERE kind = ? ORDER BY id DESC LIMIT 1"_s)
    , m_codeTaken(database, u"SELECT 1 FROM credits WHERE kind = ? AND code = ?"_s)
    , m_tableLoad(database, u"credits"_s)
{}

CreditRepository::~CreditRepository() = default;

Result<CreditId> CreditRepository::insert(const Credit& credit, qint64 unappliedMinor)
{
    if (m_bulk)
        return insertBatched(credit, unappliedMinor);
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    // By name: QtSql formats a name for every value bound by position, which an import of a
    // million payments pays eleven million times.
    const QVariantList values = creditRow(credit, unappliedMinor);
    for (qsizetype i = 0; i < values.size(); ++i)
        insert.bindValue(valueNames.at(i), values.at(i));
    if (auto ok = execute(insert, u"saving "_s + named(credit)); !ok)
        return std::unexpected(ok.error());
    const auto id = m_database.dialect().insertedId(insert);
    if (!id)
        return fail(ErrorCode::AlreadyExists, named(credit) + u" already exists"_s);
    return CreditId{*id};
}

Result<CreditId> CreditRepository::insertBatched(const Credit& credit, qint64 unappliedMinor)
{
    const auto id = m_bulk->codes.take(kindValue(credit.kind) + u':' + credit.code);
    if (!id)
        return fail(ErrorCode::AlreadyExists, named(credit) + u" already exists"_s);
    QVariantList values = creditRow(credit, unappliedMinor);
    values.append(m_bulk->createdAt);
    values.append(*id);
    if (auto ok = m_bulk->rows.put(values); !ok)
        return std::unexpected(ok.error());
    return CreditId{*id};
}

Result<QString> CreditRepository::lastCode(Credit::Kind kind)
{
    if (auto ok = writeBatch(); !ok)
        return std::unexpected(ok.error());
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
    if (auto ok = writeBatch(); !ok)
        return std::unexpected(ok.error());
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
    if (auto ok = m_tableLoad.start(expectedRows); !ok)
        return ok;
    if (!m_database.dialect().batchesBulkLoads())
        return {};
    auto codes = BulkKeys::read(m_database, u"credits"_s, u"kind || ':' || code"_s);
    if (!codes)
        return std::unexpected(codes.error());
    auto createdAt = m_database.createdAtNow();
    if (!createdAt)
        return std::unexpected(createdAt.error());
    m_bulk = std::make_unique<BulkLoad>(m_database, std::move(*codes), std::move(*createdAt));
    return {};
}

Result<void> CreditRepository::writeBatch()
{
    return m_bulk ? m_bulk->rows.write() : Result<void>{};
}

Result<void> CreditRepository::finishBulkLoad()
{
    if (auto ok = writeBatch(); !ok)
        return ok;
    m_bulk.reset();
    return m_tableLoad.finish();
}

Result<Int128> CreditRepository::amountTotal()
{
    if (auto ok = writeBatch(); !ok)
        return std::unexpected(ok.error());
    // In two halves of 32 bits: SQLite's sum() stops with an error past 64 bits, and each half
    // stays far below that for any number of rows a ledger can hold.
    QSqlQuery sum(m_database.connection());
    if (auto ready = prepare(sum, u"SELECT coalesce(sum(amount >> 32), 0) AS high, "
                                  "coalesce(sum(amount & 4294967295), 0) AS low FROM credits"_s);
        !ready)
        return std::unexpected(ready.error());
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
