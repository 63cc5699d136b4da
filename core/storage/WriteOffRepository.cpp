#include "storage/WriteOffRepository.h"

#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

WriteOffRepository::WriteOffRepository(Database& database)
    : m_database(database)
{}

Result<WriteOffId> WriteOffRepository::insert(const WriteOff& writeOff)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query, u"INSERT INTO write_offs(invoice_id, date, amount, reason, kind, credit_id, "
                   "is_void, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "_s +
                       m_database.dialect().utcNow() + u")"_s + m_database.dialect().returningId());
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(writeOff.invoiceId.value);
    query.addBindValue(IsoDate::format(writeOff.date));
    query.addBindValue(writeOff.amount.minor());
    query.addBindValue(textValue(writeOff.reason));
    query.addBindValue(writeOff.kind == WriteOff::Kind::Discount ? u"D"_s : u"W"_s);
    query.addBindValue(optionalValue(
        writeOff.creditId.isValid() ? std::optional(writeOff.creditId.value) : std::nullopt));
    query.addBindValue(writeOff.isVoid ? 1 : 0);
    if (auto ok = execute(query, u"saving a write-off"_s); !ok)
        return std::unexpected(ok.error());
    return WriteOffId{m_database.dialect().insertedId(query).value_or(0)};
}

} // namespace ardesk
