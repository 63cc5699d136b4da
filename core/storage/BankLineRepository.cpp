#include "storage/BankLineRepository.h"

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

struct LineColumns {
    explicit LineColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , account(columns(u"account"_s))
        , identity(columns(u"identity"_s))
        , bookingDate(columns(u"booking_date"_s))
        , valueDate(columns(u"value_date"_s))
        , amount(columns(u"amount"_s))
        , currency(columns(u"currency"_s))
        , counterparty(columns(u"counterparty"_s))
        , counterpartyAccount(columns(u"counterparty_account"_s))
        , reference(columns(u"reference"_s))
        , bankReference(columns(u"bank_reference"_s))
        , status(columns(u"status"_s))
        , ignoreReason(columns(u"ignore_reason"_s))
    {}

    int id, account, identity, bookingDate, valueDate, amount, currency, counterparty,
        counterpartyAccount, reference, bankReference, status, ignoreReason;
};

Result<BankLine> readLine(const QSqlQuery& sql, const LineColumns& at)
{
    const auto currency = CurrencyCode::fromCode(sql.value(at.currency).toString());
    const auto booked = IsoDate::parse(sql.value(at.bookingDate).toString());
    const auto value = IsoDate::parse(sql.value(at.valueDate).toString());
    const auto status = bankLineStatusFromName(sql.value(at.status).toString());
    if (!currency || !booked || !value || !status)
        return fail(ErrorCode::LedgerCorrupt,
                    u"bank line %1 has a bad currency, date or status"_s.arg(
                        sql.value(at.id).toLongLong()));
    return BankLine{.id = BankLineId{sql.value(at.id).toLongLong()},
                    .account = sql.value(at.account).toString(),
                    .identity = sql.value(at.identity).toString(),
                    .bookingDate = *booked,
                    .valueDate = *value,
                    .amount = Money(sql.value(at.amount).toLongLong(), *currency),
                    .counterparty = sql.value(at.counterparty).toString(),
                    .counterpartyAccount = sql.value(at.counterpartyAccount).toString(),
                    .reference = sql.value(at.reference).toString(),
                    .bankReference = sql.value(at.bankReference).toString(),
                    .status = *status,
                    .ignoreReason = sql.value(at.ignoreReason).toString()};
}

struct TotalColumns {
    explicit TotalColumns(ResultColumns& columns)
        : currency(columns(u"currency"_s))
        , lines(columns(u"lines"_s))
        , total(columns(u"total"_s))
    {}

    int currency, lines, total;
};

const QString selectLines =
    u"SELECT l.id, a.account, l.identity, l.booking_date, l.value_date, l.amount, l.currency, "
    "l.counterparty, l.counterparty_account, l.reference, l.bank_reference, l.status, "
    "l.ignore_reason FROM bank_lines l JOIN bank_accounts a ON a.id = l.account_id "_s;

} // namespace

BankLineRepository::BankLineRepository(Database& database)
    : m_database(database)
    , m_find(database, u"SELECT id FROM bank_lines WHERE account_id = ? AND identity = ?"_s)
    , m_insert(database,
               u"INSERT INTO bank_lines(account_id, statement_id, identity, booking_date, "
               "value_date, amount, currency, counterparty, counterparty_account, reference, "
               "bank_reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "_s +
                   database.dialect().utcNow() + u")"_s + database.dialect().returningId())
{}

Result<std::optional<BankLineId>> BankLineRepository::find(BankAccountId account,
                                                           const QString& identity)
{
    auto prepared = m_find.query();
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery& find = **prepared;
    find.addBindValue(account.value);
    find.addBindValue(textValue(identity));
    if (auto ok = execute(find, u"looking for bank line "_s + identity); !ok)
        return std::unexpected(ok.error());
    const auto id = singleValue<qint64>(find, u"id"_s);
    find.finish();
    if (!id)
        return std::unexpected(id.error());
    return *id > 0 ? std::optional(BankLineId{*id}) : std::nullopt;
}

Result<BankLineId> BankLineRepository::insert(BankAccountId account, BankStatementId statement,
                                              const BankLine& line)
{
    auto prepared = m_insert.query();
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery& insert = **prepared;
    insert.addBindValue(account.value);
    insert.addBindValue(statement.value);
    insert.addBindValue(textValue(line.identity));
    insert.addBindValue(IsoDate::format(line.bookingDate));
    insert.addBindValue(IsoDate::format(line.valueDate));
    insert.addBindValue(line.amount.minor());
    insert.addBindValue(line.amount.currency().code());
    insert.addBindValue(textValue(line.counterparty));
    insert.addBindValue(textValue(line.counterpartyAccount));
    insert.addBindValue(textValue(line.reference));
    insert.addBindValue(textValue(line.bankReference));
    if (auto ok = execute(insert, u"saving bank line "_s + line.identity); !ok)
        return std::unexpected(ok.error());
    return BankLineId{m_database.dialect().insertedId(insert).value_or(0)};
}

Result<QList<BankLine>> BankLineRepository::list(std::optional<BankLineStatus> status)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, selectLines + (status ? u"WHERE l.status = ? "_s : QString()) +
                                      u"ORDER BY l.booking_date, l.id"_s);
        !ready)
        return std::unexpected(ready.error());
    if (status)
        sql.addBindValue(bankLineStatusName(*status));
    if (auto ok = execute(sql, u"reading the bank lines"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<BankLine, LineColumns>(sql, readLine);
}

Result<std::optional<BankLine>> BankLineRepository::byId(BankLineId id)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, selectLines + u"WHERE l.id = ?"_s); !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(id.value);
    if (auto ok = execute(sql, u"reading bank line %1"_s.arg(id.value)); !ok)
        return std::unexpected(ok.error());
    const auto lines = readRows<BankLine, LineColumns>(sql, readLine);
    if (!lines)
        return std::unexpected(lines.error());
    return lines->isEmpty() ? std::nullopt : std::optional(lines->first());
}

Result<QList<BankLineTotal>> BankLineRepository::openTotals()
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    // Served by the index bank_lines_by_status.
    if (auto ready = prepare(
            sql, u"SELECT currency, count(*) AS lines, sum(amount) AS total FROM bank_lines "
                 "WHERE status = 'open' GROUP BY currency ORDER BY currency"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(sql, u"counting the open bank lines"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<BankLineTotal, TotalColumns>(
        sql, [](const QSqlQuery& row, const TotalColumns& at) -> Result<BankLineTotal> {
            const auto currency = CurrencyCode::fromCode(row.value(at.currency).toString());
            if (!currency)
                return fail(ErrorCode::LedgerCorrupt, u"a bank line has the bad currency "_s +
                                                          row.value(at.currency).toString());
            return BankLineTotal{.currency = *currency,
                                 .count = row.value(at.lines).toLongLong(),
                                 .amountMinor = row.value(at.total).toLongLong()};
        });
}

Result<bool> BankLineRepository::close(BankLineId id, BankLineStatus status, const QString& reason)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql, u"UPDATE bank_lines SET status = ?, ignore_reason = ? "
                                  "WHERE id = ? AND status = 'open'"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(bankLineStatusName(status));
    sql.addBindValue(textValue(reason));
    sql.addBindValue(id.value);
    if (auto ok = execute(sql, u"closing bank line %1"_s.arg(id.value)); !ok)
        return std::unexpected(ok.error());
    return sql.numRowsAffected() == 1;
}

} // namespace ardesk
