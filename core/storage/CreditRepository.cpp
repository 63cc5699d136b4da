#include "storage/CreditRepository.h"

#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/AuditTimestamp.h"
#include "storage/Database.h"
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
    : m_insert(database, u"INSERT INTO credits(kind, code, customer_id, date, amount, "
                         "currency, invoice_id, method, reference, reason, unapplied, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "_s +
                             auditTimestampSql + u") ON CONFLICT(kind, code) DO NOTHING"_s)
    , m_lastCode(database, u"SELECT code FROM credits WHERE kind = ? ORDER BY id DESC LIMIT 1"_s)
    , m_codeTaken(database, u"SELECT 1 FROM credits WHERE kind = ? AND code = ?"_s)
{}

Result<CreditId> CreditRepository::insert(const Credit& credit, qint64 unappliedMinor)
{
    const auto insertPrepared = m_insert.query();
    if (!insertPrepared)
        return std::unexpected(insertPrepared.error());
    QSqlQuery& insert = **insertPrepared;
    const bool payment = credit.kind == Credit::Kind::Payment;
    insert.addBindValue(kindValue(credit.kind));
    insert.addBindValue(credit.code);
    insert.addBindValue(credit.customerId.value);
    insert.addBindValue(IsoDate::format(credit.date));
    insert.addBindValue(credit.amount.minor());
    insert.addBindValue(credit.amount.currency().code());
    insert.addBindValue(optionalValue(
        credit.invoiceId.isValid() ? std::optional(credit.invoiceId.value) : std::nullopt));
    insert.addBindValue(textValue(credit.method));
    insert.addBindValue(textValue(credit.reference));
    insert.addBindValue(textValue(credit.reason));
    insert.addBindValue(unappliedMinor);
    const QString what = (payment ? u"payment "_s : u"credit note "_s) + credit.code;
    if (auto ok = execute(insert, u"saving "_s + what); !ok)
        return std::unexpected(ok.error());
    if (insert.numRowsAffected() == 0)
        return fail(ErrorCode::AlreadyExists, what + u" already exists"_s);
    return CreditId{insert.lastInsertId().toLongLong()};
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
    const QString code = lastCode.next() ? lastCode.value(0).toString() : QString();
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

} // namespace ardesk
