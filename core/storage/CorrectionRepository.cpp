#include "storage/CorrectionRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/CreditorReference.h"
#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString kindCode(Credit::Kind kind)
{
    return kind == Credit::Kind::Payment ? u"P"_s : u"C"_s;
}

QDate optionalDate(const QVariant& value)
{
    return value.isNull() ? QDate() : IsoDate::parse(value.toString()).value_or(QDate());
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(IsoDate::format(date))
                          : QVariant(QMetaType::fromType<QString>());
}

struct InvoiceColumns {
    explicit InvoiceColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , number(columns(u"number"_s))
        , customerId(columns(u"customer_id"_s))
        , issueDate(columns(u"issue_date"_s))
        , dueDate(columns(u"due_date"_s))
        , amount(columns(u"amount"_s))
        , allocated(columns(u"allocated"_s))
        , currency(columns(u"currency"_s))
        , description(columns(u"description"_s))
        , discountUntil(columns(u"discount_until"_s))
        , voidDate(columns(u"void_date"_s))
        , voidReason(columns(u"void_reason"_s))
    {}

    int id, number, customerId, issueDate, dueDate, amount, allocated, currency, description,
        discountUntil, voidDate, voidReason;
};

struct CreditColumns {
    explicit CreditColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , kind(columns(u"kind"_s))
        , code(columns(u"code"_s))
        , customerId(columns(u"customer_id"_s))
        , date(columns(u"date"_s))
        , amount(columns(u"amount"_s))
        , unapplied(columns(u"unapplied"_s))
        , currency(columns(u"currency"_s))
        , voidDate(columns(u"void_date"_s))
        , voidReason(columns(u"void_reason"_s))
    {}

    int id, kind, code, customerId, date, amount, unapplied, currency, voidDate, voidReason;
};

// The words of the first of `uses` (a query naming the document as :id, and what to say) that
// finds the document `id`; empty when none does.
Result<QString> firstUse(Database& database, const QList<std::pair<QString, QString>>& uses,
                         qint64 id, const QString& what)
{
    for (const auto& [query, words] : uses) {
        QSqlQuery sql(database.connection());
        sql.setForwardOnly(true);
        if (auto ready = prepare(sql, u"SELECT EXISTS ("_s + query + u") AS used"_s); !ready)
            return std::unexpected(ready.error());
        sql.bindValue(u":id"_s, id);
        if (auto ok = execute(sql, what); !ok)
            return std::unexpected(ok.error());
        const auto used = singleValue<bool>(sql, u"used"_s);
        if (!used)
            return std::unexpected(used.error());
        if (*used)
            return words;
    }
    return QString();
}

} // namespace

CorrectionRepository::CorrectionRepository(Database& database)
    : m_database(database)
{}

Result<std::optional<CorrectableInvoice>>
CorrectionRepository::invoiceByNumber(const QString& number)
{
    return invoiceWhere(u"number"_s, number);
}

Result<std::optional<CorrectableInvoice>> CorrectionRepository::invoiceById(InvoiceId invoice)
{
    return invoiceWhere(u"id"_s, invoice.value);
}

Result<std::optional<CorrectableInvoice>> CorrectionRepository::invoiceWhere(const QString& column,
                                                                             const QVariant& value)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT id, number, customer_id, issue_date, due_date, amount, allocated, "
                 "currency, description, discount_until, void_date, void_reason FROM invoices "
                 "WHERE %1 = ? AND kind = 'I'"_s.arg(column));
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(value);
    if (auto ok = execute(sql, u"reading an invoice"_s); !ok)
        return std::unexpected(ok.error());
    const auto rows = readRows<CorrectableInvoice, InvoiceColumns>(
        sql, [](const QSqlQuery& row, const InvoiceColumns& at) -> Result<CorrectableInvoice> {
            const auto issued = IsoDate::parse(row.value(at.issueDate).toString());
            const auto due = IsoDate::parse(row.value(at.dueDate).toString());
            const auto currency = CurrencyCode::fromCode(row.value(at.currency).toString());
            if (!issued || !due || !currency)
                return fail(ErrorCode::LedgerCorrupt, u"invoice "_s +
                                                          row.value(at.number).toString() +
                                                          u" has a bad currency or date"_s);
            return CorrectableInvoice{.id = InvoiceId{row.value(at.id).toLongLong()},
                                      .number = row.value(at.number).toString(),
                                      .customerId =
                                          CustomerId{row.value(at.customerId).toLongLong()},
                                      .issueDate = *issued,
                                      .dueDate = *due,
                                      .amountMinor = row.value(at.amount).toLongLong(),
                                      .allocatedMinor = row.value(at.allocated).toLongLong(),
                                      .currency = *currency,
                                      .description = row.value(at.description).toString(),
                                      .discountUntil = optionalDate(row.value(at.discountUntil)),
                                      .voidDate = optionalDate(row.value(at.voidDate)),
                                      .voidReason = row.value(at.voidReason).toString()};
        });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<CorrectableInvoice>();
    return std::optional(rows->first());
}

Result<bool> CorrectionRepository::numberTaken(const QString& number, InvoiceId except)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT EXISTS (SELECT 1 FROM invoices WHERE number = ? AND id <> ?) AS taken"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(number);
    sql.addBindValue(except.value);
    if (auto ok = execute(sql, u"looking up an invoice number"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<bool>(sql, u"taken"_s);
}

Result<QDate> CorrectionRepository::latestAllocationDate(InvoiceId invoice)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT max(source_date) AS latest FROM allocations WHERE invoice_id = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(invoice.value);
    if (auto ok = execute(sql, u"reading an invoice's allocations"_s); !ok)
        return std::unexpected(ok.error());
    const auto latest = singleValue<QString>(sql, u"latest"_s);
    if (!latest)
        return std::unexpected(latest.error());
    return IsoDate::parse(*latest).value_or(QDate());
}

Result<QList<std::pair<QString, qint64>>> CorrectionRepository::creditsAppliedTo(InvoiceId invoice)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, u"SELECT c.code AS code, sum(a.amount) AS applied FROM allocations a "
                         "JOIN credits c ON c.id = a.credit_id WHERE a.invoice_id = ? "
                         "GROUP BY c.id HAVING sum(a.amount) <> 0 ORDER BY c.date, c.code"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(invoice.value);
    if (auto ok = execute(sql, u"reading an invoice's payments"_s); !ok)
        return std::unexpected(ok.error());
    QList<std::pair<QString, qint64>> result;
    while (sql.next())
        result.append({sql.value(0).toString(), sql.value(1).toLongLong()});
    return result;
}

Result<void> CorrectionRepository::updateInvoice(const CorrectableInvoice& invoice)
{
    QSqlQuery sql(m_database.connection());
    // The settled date follows the rule of AllocationRepository: the latest allocation's date
    // once the allocations cover the amount, else the last date there is.
    if (auto ready = prepare(
            sql, u"UPDATE invoices SET number = :number, issue_date = :issued, due_date = :due, "
                 "amount = :amount, description = :description, discount_until = :until, "
                 "payment_reference = :reference, settled_date = CASE WHEN allocated = :amount2 "
                 "THEN (SELECT max(source_date) FROM allocations WHERE invoice_id = :id2) "
                 "ELSE '9999-12-31' END WHERE id = :id"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.bindValue(u":number"_s, invoice.number);
    sql.bindValue(u":issued"_s, IsoDate::format(invoice.issueDate));
    sql.bindValue(u":due"_s, IsoDate::format(invoice.dueDate));
    sql.bindValue(u":amount"_s, invoice.amountMinor);
    sql.bindValue(u":amount2"_s, invoice.amountMinor);
    sql.bindValue(u":description"_s, textValue(invoice.description));
    sql.bindValue(u":until"_s, dateValue(invoice.discountUntil));
    sql.bindValue(u":reference"_s, CreditorReference::forDocument(invoice.number).value_or(u""_s));
    sql.bindValue(u":id2"_s, invoice.id.value);
    sql.bindValue(u":id"_s, invoice.id.value);
    if (auto ok = execute(sql, u"changing an invoice"_s); !ok)
        return ok;

    QSqlQuery allocations(m_database.connection());
    if (auto ready =
            prepare(allocations, u"UPDATE allocations SET effective_date = "_s +
                                     m_database.dialect().greatest({u"source_date"_s, u"?"_s}) +
                                     u", item_due_date = ? WHERE invoice_id = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    allocations.addBindValue(IsoDate::format(invoice.issueDate));
    allocations.addBindValue(IsoDate::format(invoice.dueDate));
    allocations.addBindValue(invoice.id.value);
    return execute(allocations, u"changing an invoice's allocations"_s);
}

Result<void> CorrectionRepository::markInvoiceVoid(InvoiceId invoice, QDate date,
                                                   const QString& reason)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready =
            prepare(sql, u"UPDATE invoices SET void_date = ?, void_reason = ? WHERE id = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(IsoDate::format(date));
    sql.addBindValue(textValue(reason));
    sql.addBindValue(invoice.value);
    return execute(sql, u"voiding an invoice"_s);
}

Result<QString> CorrectionRepository::invoiceUse(InvoiceId invoice)
{
    // Each table that may name the invoice, with the words for it: the first found is reported.
    const QList<std::pair<QString, QString>> uses{
        {u"SELECT 1 FROM allocations WHERE invoice_id = :id"_s,
         u"payments, credit notes, write-offs or a plan were applied to it"_s},
        {u"SELECT 1 FROM write_offs WHERE invoice_id = :id"_s, u"it was written off"_s},
        {u"SELECT 1 FROM reminder_log WHERE invoice_id = :id"_s, u"a reminder was sent for it"_s},
        {u"SELECT 1 FROM plan_invoices WHERE invoice_id = :id"_s, u"a plan took it over"_s},
        {u"SELECT 1 FROM credits WHERE invoice_id = :id"_s, u"a payment or credit note names it"_s},
        {u"SELECT 1 FROM activities WHERE invoice_id = :id"_s,
         u"the activity log names it (a promise or dispute)"_s},
        {u"SELECT 1 FROM recurring_occurrences WHERE invoice_id = :id"_s,
         u"a recurring schedule created it"_s}};
    return firstUse(m_database, uses, invoice.value, u"checking what uses an invoice"_s);
}

Result<void> CorrectionRepository::deleteInvoice(InvoiceId invoice)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql, u"DELETE FROM invoices WHERE id = ?"_s); !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(invoice.value);
    return execute(sql, u"deleting an invoice"_s);
}

Result<std::optional<CorrectableCredit>> CorrectionRepository::creditByCode(Credit::Kind kind,
                                                                            const QString& code)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, u"SELECT id, kind, code, customer_id, date, amount, unapplied, currency, "
                         "void_date, void_reason FROM credits WHERE kind = ? AND code = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(kindCode(kind));
    sql.addBindValue(code);
    if (auto ok = execute(sql, u"reading a payment or credit note"_s); !ok)
        return std::unexpected(ok.error());
    const auto rows = readRows<CorrectableCredit, CreditColumns>(
        sql, [](const QSqlQuery& row, const CreditColumns& at) -> Result<CorrectableCredit> {
            const auto date = IsoDate::parse(row.value(at.date).toString());
            const auto currency = CurrencyCode::fromCode(row.value(at.currency).toString());
            if (!date || !currency)
                return fail(ErrorCode::LedgerCorrupt,
                            row.value(at.code).toString() + u" has a bad currency or date"_s);
            return CorrectableCredit{
                .id = CreditId{row.value(at.id).toLongLong()},
                .kind = row.value(at.kind).toString() == u"P"_s ? Credit::Kind::Payment
                                                                : Credit::Kind::CreditNote,
                .code = row.value(at.code).toString(),
                .customerId = CustomerId{row.value(at.customerId).toLongLong()},
                .date = *date,
                .amountMinor = row.value(at.amount).toLongLong(),
                .unappliedMinor = row.value(at.unapplied).toLongLong(),
                .currency = *currency,
                .voidDate = optionalDate(row.value(at.voidDate)),
                .voidReason = row.value(at.voidReason).toString()};
        });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<CorrectableCredit>();
    return std::optional(rows->first());
}

Result<QList<CreditApplication>> CorrectionRepository::applications(CreditId credit)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT a.invoice_id AS invoice_id, i.number AS number, sum(a.amount) AS applied "
                 "FROM allocations a JOIN invoices i ON i.id = a.invoice_id "
                 "WHERE a.credit_id = ? GROUP BY a.invoice_id, i.number, i.due_date "
                 "HAVING sum(a.amount) <> 0 "
                 "ORDER BY i.due_date, i.number"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(credit.value);
    if (auto ok = execute(sql, u"reading what a credit pays"_s); !ok)
        return std::unexpected(ok.error());
    QList<CreditApplication> result;
    while (sql.next()) {
        result.append({.invoiceId = InvoiceId{sql.value(0).toLongLong()},
                       .number = sql.value(1).toString(),
                       .appliedMinor = sql.value(2).toLongLong(),
                       .discounts = {}});
    }
    sql.finish();

    // The discounts the payment earned (write-offs of kind discount), still booked.
    QSqlQuery discounts(m_database.connection());
    discounts.setForwardOnly(true);
    if (auto ready = prepare(
            discounts, u"SELECT a.invoice_id, a.write_off_id, sum(a.amount) FROM write_offs w "
                       "JOIN allocations a ON a.write_off_id = w.id WHERE w.credit_id = ? "
                       "GROUP BY a.invoice_id, a.write_off_id HAVING sum(a.amount) <> 0"_s);
        !ready)
        return std::unexpected(ready.error());
    discounts.addBindValue(credit.value);
    if (auto ok = execute(discounts, u"reading a payment's discounts"_s); !ok)
        return std::unexpected(ok.error());
    while (discounts.next()) {
        const InvoiceId invoice{discounts.value(0).toLongLong()};
        for (CreditApplication& application : result) {
            if (application.invoiceId == invoice)
                application.discounts.append(
                    {WriteOffId{discounts.value(1).toLongLong()}, discounts.value(2).toLongLong()});
        }
    }
    return result;
}

Result<QDate> CorrectionRepository::lastChangeDate(CreditId credit)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready =
            prepare(sql, u"SELECT "_s +
                             m_database.dialect().greatest(
                                 {u"c.date"_s, u"coalesce(c.changed_until, '')"_s,
                                  u"coalesce((SELECT max(a.source_date) FROM allocations a "
                                  "WHERE a.credit_id = c.id), '')"_s}) +
                             u" AS latest FROM credits c WHERE c.id = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(credit.value);
    if (auto ok = execute(sql, u"reading a credit's changes"_s); !ok)
        return std::unexpected(ok.error());
    const auto latest = singleValue<QString>(sql, u"latest"_s);
    if (!latest)
        return std::unexpected(latest.error());
    return IsoDate::parse(*latest).value_or(QDate());
}

Result<void> CorrectionRepository::changeUnapplied(CreditId credit, qint64 deltaMinor, QDate date)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(
            sql, u"UPDATE credits SET unapplied = unapplied + ?, "
                 "changed_until = "_s +
                     m_database.dialect().greatest({u"coalesce(changed_until, '')"_s, u"?"_s}) +
                     u" WHERE id = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(deltaMinor);
    sql.addBindValue(IsoDate::format(date));
    sql.addBindValue(credit.value);
    return execute(sql, u"changing what a credit leaves unapplied"_s);
}

Result<void> CorrectionRepository::markCreditVoid(CreditId credit, QDate date,
                                                  const QString& reason)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(
            sql, u"UPDATE credits SET unapplied = 0, void_date = ?, void_reason = ?, "
                 "changed_until = "_s +
                     m_database.dialect().greatest({u"coalesce(changed_until, '')"_s, u"?"_s}) +
                     u" WHERE id = ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(IsoDate::format(date));
    sql.addBindValue(textValue(reason));
    sql.addBindValue(IsoDate::format(date));
    sql.addBindValue(credit.value);
    return execute(sql, u"voiding a credit"_s);
}

Result<QString> CorrectionRepository::creditUse(CreditId credit)
{
    const QList<std::pair<QString, QString>> uses{
        {u"SELECT 1 FROM allocations WHERE credit_id = :id"_s, u"it was applied to invoices"_s},
        {u"SELECT 1 FROM write_offs WHERE credit_id = :id"_s,
         u"it earned an early-payment discount"_s}};
    return firstUse(m_database, uses, credit.value, u"checking what uses a credit"_s);
}

Result<void> CorrectionRepository::deleteCredit(CreditId credit)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql, u"DELETE FROM credits WHERE id = ?"_s); !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(credit.value);
    return execute(sql, u"deleting a credit"_s);
}

} // namespace ardesk
