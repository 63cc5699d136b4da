#include "storage/CorrectionLogRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "domain/IsoDate.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

struct CorrectionColumns {
    explicit CorrectionColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , customerId(columns(u"customer_id"_s))
        , kind(columns(u"document_kind"_s))
        , document(columns(u"document"_s))
        , action(columns(u"action"_s))
        , field(columns(u"field"_s))
        , oldValue(columns(u"old_value"_s))
        , newValue(columns(u"new_value"_s))
        , date(columns(u"date"_s))
        , reason(columns(u"reason"_s))
        , madeAt(columns(u"made_at"_s))
    {}

    int id, customerId, kind, document, action, field, oldValue, newValue, date, reason, madeAt;
};

Correction::DocumentKind kindFromName(const QString& name)
{
    if (name == u"payment"_s)
        return Correction::DocumentKind::Payment;
    if (name == u"credit_note"_s)
        return Correction::DocumentKind::CreditNote;
    return Correction::DocumentKind::Invoice;
}

Correction::Action actionFromName(const QString& name)
{
    if (name == u"void"_s)
        return Correction::Action::Void;
    if (name == u"unapply"_s)
        return Correction::Action::Unapply;
    if (name == u"apply"_s)
        return Correction::Action::Apply;
    if (name == u"delete"_s)
        return Correction::Action::Delete;
    return Correction::Action::Edit;
}

} // namespace

CorrectionLogRepository::CorrectionLogRepository(Database& database)
    : m_database(database)
{}

QString CorrectionLogRepository::kindName(Correction::DocumentKind kind)
{
    switch (kind) {
    case Correction::DocumentKind::Invoice:
        return u"invoice"_s;
    case Correction::DocumentKind::Payment:
        return u"payment"_s;
    case Correction::DocumentKind::CreditNote:
        return u"credit_note"_s;
    }
    return u"invoice"_s;
}

QString CorrectionLogRepository::actionName(Correction::Action action)
{
    switch (action) {
    case Correction::Action::Edit:
        return u"edit"_s;
    case Correction::Action::Void:
        return u"void"_s;
    case Correction::Action::Unapply:
        return u"unapply"_s;
    case Correction::Action::Apply:
        return u"apply"_s;
    case Correction::Action::Delete:
        return u"delete"_s;
    }
    return u"edit"_s;
}

Result<void> CorrectionLogRepository::append(const Correction& correction)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(
            sql, u"INSERT INTO corrections(customer_id, document_kind, document, action, field, "
                 "old_value, new_value, date, reason, made_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(correction.customerId.value);
    sql.addBindValue(kindName(correction.documentKind));
    sql.addBindValue(textValue(correction.document));
    sql.addBindValue(actionName(correction.action));
    sql.addBindValue(textValue(correction.field));
    sql.addBindValue(textValue(correction.oldValue));
    sql.addBindValue(textValue(correction.newValue));
    sql.addBindValue(correction.date.isValid() ? QVariant(IsoDate::format(correction.date))
                                               : QVariant(QMetaType::fromType<QString>()));
    sql.addBindValue(textValue(correction.reason));
    sql.addBindValue(correction.madeAt.toUTC().toString(Qt::ISODate));
    return execute(sql, u"recording a correction"_s);
}

Result<QList<Correction>> CorrectionLogRepository::forCustomer(CustomerId customer)
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT id, customer_id, document_kind, document, action, field, old_value, "
                 "new_value, date, reason, made_at FROM corrections WHERE customer_id = ? "
                 "ORDER BY made_at, id"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(customer.value);
    if (auto ok = execute(sql, u"reading the corrections"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<Correction, CorrectionColumns>(
        sql, [](const QSqlQuery& row, const CorrectionColumns& at) -> Result<Correction> {
            return Correction{
                .id = row.value(at.id).toLongLong(),
                .customerId = CustomerId{row.value(at.customerId).toLongLong()},
                .documentKind = kindFromName(row.value(at.kind).toString()),
                .document = row.value(at.document).toString(),
                .action = actionFromName(row.value(at.action).toString()),
                .field = row.value(at.field).toString(),
                .oldValue = row.value(at.oldValue).toString(),
                .newValue = row.value(at.newValue).toString(),
                .date = IsoDate::parse(row.value(at.date).toString()).value_or(QDate()),
                .reason = row.value(at.reason).toString(),
                .madeAt = QDateTime::fromString(row.value(at.madeAt).toString(), Qt::ISODate)};
        });
}

} // namespace ardesk
