#include "storage/RecurringRepository.h"

#include <algorithm>

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

QString stateName(RecurringSchedule::State state)
{
    switch (state) {
    case RecurringSchedule::State::Active:
        return u"active"_s;
    case RecurringSchedule::State::Paused:
        return u"paused"_s;
    case RecurringSchedule::State::Ended:
        return u"ended"_s;
    }
    return {};
}

RecurringSchedule::State stateFromName(const QString& name)
{
    if (name == u"paused"_s)
        return RecurringSchedule::State::Paused;
    if (name == u"ended"_s)
        return RecurringSchedule::State::Ended;
    return RecurringSchedule::State::Active;
}

QDate dateValue(const QVariant& value)
{
    return value.isNull() ? QDate() : IsoDate::parse(value.toString()).value_or(QDate());
}

QVariant optionalDate(QDate date)
{
    return date.isValid() ? QVariant(IsoDate::format(date))
                          : QVariant(QMetaType::fromType<QString>());
}

const QString scheduleColumns =
    u"SELECT s.id, s.customer_id, c.code AS customer_code, c.name AS customer_name, "
    "c.terms_days, s.amount, s.currency, s.description, s.frequency, s.start_date, s.day, "
    "s.last_day, s.count, s.end_date, s.prefix, s.sequence, s.status, s.paused_from, s.ended_on "
    "FROM recurring_schedules s JOIN customers c ON c.id = s.customer_id "_s;

struct ScheduleColumns {
    explicit ScheduleColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , customerId(columns(u"customer_id"_s))
        , customerCode(columns(u"customer_code"_s))
        , customerName(columns(u"customer_name"_s))
        , termsDays(columns(u"terms_days"_s))
        , amount(columns(u"amount"_s))
        , currency(columns(u"currency"_s))
        , description(columns(u"description"_s))
        , frequency(columns(u"frequency"_s))
        , start(columns(u"start_date"_s))
        , day(columns(u"day"_s))
        , lastDay(columns(u"last_day"_s))
        , count(columns(u"count"_s))
        , end(columns(u"end_date"_s))
        , prefix(columns(u"prefix"_s))
        , sequence(columns(u"sequence"_s))
        , status(columns(u"status"_s))
        , pausedFrom(columns(u"paused_from"_s))
        , endedOn(columns(u"ended_on"_s))
    {}

    int id, customerId, customerCode, customerName, termsDays, amount, currency, description,
        frequency, start, day, lastDay, count, end, prefix, sequence, status, pausedFrom, endedOn;
};

Result<RecurringSchedule> readSchedule(const QSqlQuery& query, const ScheduleColumns& at)
{
    const auto currency = CurrencyCode::fromCode(query.value(at.currency).toString());
    const auto frequency = recurringFrequencyFromName(query.value(at.frequency).toString());
    if (!currency || !frequency)
        return fail(ErrorCode::LedgerCorrupt,
                    u"a recurring schedule with unknown currency or frequency"_s);
    const QVariant count = query.value(at.count);
    const QDate end = dateValue(query.value(at.end));
    return RecurringSchedule{.id = RecurringScheduleId{query.value(at.id).toLongLong()},
                             .customerId = CustomerId{query.value(at.customerId).toLongLong()},
                             .customerCode = query.value(at.customerCode).toString(),
                             .customerName = query.value(at.customerName).toString(),
                             .customerTermsDays = query.value(at.termsDays).toInt(),
                             .amount = Money(query.value(at.amount).toLongLong(), *currency),
                             .description = query.value(at.description).toString(),
                             .frequency = *frequency,
                             .start = dateValue(query.value(at.start)),
                             .day = query.value(at.day).toInt(),
                             .lastDay = query.value(at.lastDay).toInt() != 0,
                             .count =
                                 count.isNull() ? std::nullopt : std::optional<int>(count.toInt()),
                             .end = end.isValid() ? std::optional<QDate>(end) : std::nullopt,
                             .prefix = query.value(at.prefix).toString(),
                             .sequence = query.value(at.sequence).toString(),
                             .state = stateFromName(query.value(at.status).toString()),
                             .pausedFrom = dateValue(query.value(at.pausedFrom)),
                             .endedOn = dateValue(query.value(at.endedOn))};
}

Result<QList<RecurringSchedule>> readSchedules(QSqlQuery& query)
{
    const auto columns = findColumns<ScheduleColumns>(query);
    if (!columns)
        return std::unexpected(columns.error());
    QList<RecurringSchedule> schedules;
    while (query.next()) {
        auto schedule = readSchedule(query, *columns);
        if (!schedule)
            return std::unexpected(schedule.error());
        schedules.append(std::move(*schedule));
    }
    return schedules;
}

// The rule and state fields in the order of the INSERT and UPDATE below.
void bindFields(QSqlQuery& query, const RecurringSchedule& schedule)
{
    query.addBindValue(schedule.customerId.value);
    query.addBindValue(schedule.amount.minor());
    query.addBindValue(schedule.amount.currency().code());
    query.addBindValue(textValue(schedule.description));
    query.addBindValue(recurringFrequencyName(schedule.frequency));
    query.addBindValue(IsoDate::format(schedule.start));
    query.addBindValue(
        optionalValue(schedule.day > 0 ? std::optional<qint64>(schedule.day) : std::nullopt));
    query.addBindValue(schedule.lastDay ? 1 : 0);
    query.addBindValue(
        optionalValue(schedule.count ? std::optional<qint64>(*schedule.count) : std::nullopt));
    query.addBindValue(optionalDate(schedule.end.value_or(QDate())));
    query.addBindValue(textValue(schedule.prefix));
    query.addBindValue(textValue(schedule.sequence));
    query.addBindValue(stateName(schedule.state));
    query.addBindValue(optionalDate(schedule.pausedFrom));
    query.addBindValue(optionalDate(schedule.endedOn));
}

Result<QList<RecurringOccurrence>> readOccurrences(QSqlQuery& query, const QString& context)
{
    if (auto ok = execute(query, context); !ok)
        return std::unexpected(ok.error());
    QList<RecurringOccurrence> occurrences;
    while (query.next()) {
        occurrences.append({.schedule = RecurringScheduleId{query.value(0).toLongLong()},
                            .date = dateValue(query.value(1)),
                            .invoice = InvoiceId{query.value(2).toLongLong()}});
    }
    return occurrences;
}

} // namespace

RecurringRepository::RecurringRepository(Database& database)
    : m_database(database)
{}

Result<RecurringScheduleId> RecurringRepository::insert(const RecurringSchedule& schedule)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query, u"INSERT INTO recurring_schedules(customer_id, amount, currency, description, "
                   "frequency, start_date, day, last_day, count, end_date, prefix, sequence, "
                   "status, paused_from, ended_on, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "_s +
                       m_database.dialect().utcNow() + u")"_s + m_database.dialect().returningId());
        !ready)
        return std::unexpected(ready.error());
    bindFields(query, schedule);
    if (auto ok = execute(query, u"saving a recurring schedule"_s); !ok)
        return std::unexpected(ok.error());
    return RecurringScheduleId{m_database.dialect().insertedId(query).value_or(0)};
}

Result<void> RecurringRepository::update(const RecurringSchedule& schedule)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query,
            u"UPDATE recurring_schedules SET customer_id = ?, amount = ?, currency = ?, "
            "description = ?, frequency = ?, start_date = ?, day = ?, last_day = ?, "
            "count = ?, end_date = ?, prefix = ?, sequence = ?, status = ?, paused_from = ?, "
            "ended_on = ? WHERE id = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    bindFields(query, schedule);
    query.addBindValue(schedule.id.value);
    return execute(query, u"saving recurring schedule %1"_s.arg(schedule.id.value));
}

Result<std::optional<RecurringSchedule>> RecurringRepository::find(RecurringScheduleId schedule)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(query, scheduleColumns + u"WHERE s.id = ?"_s); !ready)
        return std::unexpected(ready.error());
    query.addBindValue(schedule.value);
    if (auto ok = execute(query, u"reading a recurring schedule"_s); !ok)
        return std::unexpected(ok.error());
    auto found = readSchedules(query);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<RecurringSchedule>();
    return std::optional<RecurringSchedule>(found->first());
}

Result<QList<RecurringSchedule>> RecurringRepository::all()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(scheduleColumns + u"ORDER BY s.id"_s))
        return std::unexpected(storageError(query.lastError(), u"listing recurring schedules"_s));
    return readSchedules(query);
}

Result<QList<RecurringOccurrence>> RecurringRepository::occurrences(RecurringScheduleId schedule)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ready = prepare(
            query, u"SELECT schedule_id, occurrence_date, invoice_id FROM recurring_occurrences "
                   "WHERE schedule_id = ? ORDER BY occurrence_date"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(schedule.value);
    return readOccurrences(query, u"reading a recurring schedule's dates"_s);
}

Result<QList<RecurringOccurrence>> RecurringRepository::allOccurrences()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ready = prepare(
            query, u"SELECT schedule_id, occurrence_date, invoice_id FROM recurring_occurrences "
                   "ORDER BY schedule_id, occurrence_date"_s);
        !ready)
        return std::unexpected(ready.error());
    return readOccurrences(query, u"reading the recurring schedules' dates"_s);
}

Result<void> RecurringRepository::record(const RecurringOccurrence& occurrence)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query, u"INSERT INTO recurring_occurrences(schedule_id, occurrence_date, invoice_id, "
                   "created_at) VALUES (?, ?, ?, "_s +
                       m_database.dialect().utcNow() + u")"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(occurrence.schedule.value);
    query.addBindValue(IsoDate::format(occurrence.date));
    query.addBindValue(optionalValue(occurrence.invoice.isValid()
                                         ? std::optional<qint64>(occurrence.invoice.value)
                                         : std::nullopt));
    return execute(query,
                   u"recording %1 of recurring schedule %2"_s.arg(IsoDate::format(occurrence.date))
                       .arg(occurrence.schedule.value));
}

Result<qint64> RecurringRepository::highestNumberAfter(const QString& stem)
{
    // A range of the number index: every number that starts with the stem and a digit.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ready =
            prepare(query, u"SELECT number FROM invoices WHERE number >= ? AND number < ?"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(QString(stem + u'0'));
    query.addBindValue(QString(stem + u':'));
    if (auto ok = execute(query, u"reading invoice numbers"_s); !ok)
        return std::unexpected(ok.error());
    qint64 highest = 0;
    while (query.next()) {
        bool whole = false;
        const QString rest = query.value(0).toString().mid(stem.size());
        const qint64 n = rest.toLongLong(&whole);
        if (whole && !rest.startsWith(u'+') && !rest.startsWith(u'-'))
            highest = std::max(highest, n);
    }
    return highest;
}

} // namespace ardesk
