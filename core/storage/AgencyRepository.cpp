#include "storage/AgencyRepository.h"

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

Result<QDate> optionalDate(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return QDate();
    const auto date = IsoDate::parse(value.toString());
    if (!date)
        return fail(ErrorCode::LedgerCorrupt,
                    u"the agency hand-overs hold a bad date \"%1\""_s.arg(value.toString()));
    return *date;
}

} // namespace

AgencyRepository::AgencyRepository(Database& database)
    : m_database(database)
{}

Result<AgencyHandoverId> AgencyRepository::insert(const AgencyHandover& handover)
{
    QSqlQuery sql(m_database.connection());
    // The partial UNIQUE index on open hand-overs refuses a second one, even from another
    // connection between our read and this write.
    if (auto ready =
            prepare(sql,
                    u"INSERT INTO agency_handovers(customer_id, date, agency, note, created_at) "
                    "VALUES (?, ?, ?, ?, "_s +
                        m_database.dialect().utcNow() + u") ON CONFLICT DO NOTHING"_s +
                        m_database.dialect().returningId(),
                    u"preparing a hand-over"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(handover.customer.value);
    sql.addBindValue(IsoDate::format(handover.date));
    sql.addBindValue(handover.agency);
    sql.addBindValue(textValue(handover.note));
    if (auto ok = execute(sql, u"recording a hand-over to an agency"_s); !ok)
        return std::unexpected(ok.error());
    const auto id = m_database.dialect().insertedId(sql);
    if (!id)
        return fail(ErrorCode::AlreadyExists,
                    u"the customer is with a collection agency already"_s);
    return AgencyHandoverId{*id};
}

Result<void> AgencyRepository::recall(CustomerId customer, QDate date, const QString& note)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql,
                             u"UPDATE agency_handovers SET recalled_date = ?, recall_note = ? "
                             "WHERE customer_id = ? AND recalled_date IS NULL"_s,
                             u"preparing a recall"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(IsoDate::format(date));
    sql.addBindValue(textValue(note));
    sql.addBindValue(customer.value);
    if (auto ok = execute(sql, u"recalling a customer from the agency"_s); !ok)
        return ok;
    if (sql.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"the customer is not with a collection agency"_s);
    return {};
}

Result<std::optional<AgencyHandover>> AgencyRepository::open(CustomerId customer)
{
    const auto rows = read(u"h.customer_id = ? AND h.recalled_date IS NULL"_s, {customer.value});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<AgencyHandover>{};
    return rows->first();
}

Result<QList<AgencyHandover>> AgencyRepository::handovers(QDate asOf)
{
    const QString date = IsoDate::format(asOf);
    return read(u"h.date <= ? AND (h.recalled_date IS NULL OR h.recalled_date > ?)"_s,
                {date, date});
}

Result<QList<AgencyHandover>> AgencyRepository::history(CustomerId customer)
{
    return read(u"h.customer_id = ?"_s, {customer.value});
}

Result<QList<AgencyHandover>> AgencyRepository::all()
{
    return read(u"1 = 1"_s, {});
}

Result<QList<AgencyHandover>> AgencyRepository::read(const QString& where,
                                                     const QList<QVariant>& values)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql,
                    u"SELECT h.id, h.customer_id, c.code, c.name, h.date, h.agency, h.note, "
                    "h.recalled_date, h.recall_note FROM agency_handovers h "
                    "JOIN customers c ON c.id = h.customer_id WHERE "_s +
                        where + u" ORDER BY c.name, c.code, h.date, h.id"_s,
                    u"preparing the hand-overs"_s);
        !ready)
        return std::unexpected(ready.error());
    for (const QVariant& value : values)
        sql.addBindValue(value);
    if (auto ok = execute(sql, u"reading the hand-overs to agencies"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int id = columns(u"id"_s);
    const int customerId = columns(u"customer_id"_s);
    const int code = columns(u"code"_s);
    const int name = columns(u"name"_s);
    const int date = columns(u"date"_s);
    const int agency = columns(u"agency"_s);
    const int note = columns(u"note"_s);
    const int recalledDate = columns(u"recalled_date"_s);
    const int recallNote = columns(u"recall_note"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<AgencyHandover> handovers;
    while (sql.next()) {
        const auto handedOver = optionalDate(sql.value(date));
        const auto recalled = optionalDate(sql.value(recalledDate));
        if (!handedOver || !recalled)
            return std::unexpected(handedOver ? recalled.error() : handedOver.error());
        handovers.append({.id = AgencyHandoverId{sql.value(id).toLongLong()},
                          .customer = CustomerId{sql.value(customerId).toLongLong()},
                          .customerCode = sql.value(code).toString(),
                          .customerName = sql.value(name).toString(),
                          .date = *handedOver,
                          .agency = sql.value(agency).toString(),
                          .note = sql.value(note).toString(),
                          .recalledDate = *recalled,
                          .recallNote = sql.value(recallNote).toString()});
    }
    return handovers;
}

} // namespace ardesk
