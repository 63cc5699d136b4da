#include "storage/AuditTrailRepository.h"

#include <array>
#include <utility>

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

using Kind = AuditEntry::DocumentKind;
using Action = AuditEntry::Action;

// The names the table stores (only the triggers write them).
constexpr std::array<std::pair<Kind, QStringView>, 6> kindNames{{
    {Kind::Customer, u"customer"},
    {Kind::Invoice, u"invoice"},
    {Kind::Payment, u"payment"},
    {Kind::CreditNote, u"credit_note"},
    {Kind::Plan, u"plan"},
    {Kind::Activity, u"activity"},
}};

constexpr std::array<std::pair<Action, QStringView>, 14> actionNames{{
    {Action::Created, u"created"},
    {Action::Changed, u"changed"},
    {Action::Voided, u"voided"},
    {Action::Deleted, u"deleted"},
    {Action::Allocated, u"allocated"},
    {Action::Unapplied, u"unapplied"},
    {Action::WrittenOff, u"written_off"},
    {Action::Discounted, u"discounted"},
    {Action::Reminded, u"reminded"},
    {Action::Resolved, u"resolved"},
    {Action::HandedOver, u"handed_over"},
    {Action::Recalled, u"recalled"},
    {Action::Cancelled, u"cancelled"},
    {Action::Rescheduled, u"rescheduled"},
}};

template <typename Value, std::size_t Size>
std::optional<Value> valueOf(const std::array<std::pair<Value, QStringView>, Size>& names,
                             const QString& name)
{
    for (const auto& [value, known] : names) {
        if (known == name)
            return value;
    }
    return std::nullopt;
}

struct AuditColumns {
    explicit AuditColumns(ResultColumns& columns)
        : id(columns(u"id"_s))
        , customerId(columns(u"customer_id"_s))
        , kind(columns(u"document_kind"_s))
        , documentId(columns(u"document_id"_s))
        , document(columns(u"document"_s))
        , action(columns(u"action"_s))
        , related(columns(u"related"_s))
        , amount(columns(u"amount"_s))
        , currency(columns(u"currency"_s))
        , madeBy(columns(u"made_by"_s))
        , madeAt(columns(u"made_at"_s))
    {}

    int id, customerId, kind, documentId, document, action, related, amount, currency, madeBy,
        madeAt;
};

} // namespace

AuditTrailRepository::AuditTrailRepository(Database& database)
    : m_database(database)
{}

Result<QList<AuditEntry>> AuditTrailRepository::forCustomer(CustomerId customer, int limit)
{
    // Ids follow the order the changes were made on both engines (writers queue for the ledger's
    // write lock), whatever a desk's clock said.
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(
            sql, u"SELECT id, customer_id, document_kind, document_id, document, action, related, "
                 "amount, currency, made_by, made_at FROM audit_trail WHERE customer_id = ? "
                 "ORDER BY id DESC LIMIT ?"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(customer.value);
    sql.addBindValue(limit);
    if (auto ok = execute(sql, u"reading the audit trail"_s); !ok)
        return std::unexpected(ok.error());
    return readRows<AuditEntry, AuditColumns>(
        sql, [](const QSqlQuery& row, const AuditColumns& at) -> Result<AuditEntry> {
            const QString kind = row.value(at.kind).toString();
            const QString action = row.value(at.action).toString();
            const auto knownKind = valueOf(kindNames, kind);
            const auto knownAction = valueOf(actionNames, action);
            if (!knownKind || !knownAction) {
                return fail(ErrorCode::LedgerCorrupt,
                            u"the audit trail holds an unknown change: %1 %2"_s.arg(kind, action));
            }
            std::optional<Money> amount;
            const auto currency = CurrencyCode::fromCode(row.value(at.currency).toString());
            if (!row.isNull(at.amount) && currency)
                amount = Money(row.value(at.amount).toLongLong(), *currency);
            return AuditEntry{
                .id = row.value(at.id).toLongLong(),
                .customerId = CustomerId{row.value(at.customerId).toLongLong()},
                .documentKind = *knownKind,
                .documentId = row.value(at.documentId).toLongLong(),
                .document = row.value(at.document).toString(),
                .action = *knownAction,
                .related = row.value(at.related).toString(),
                .amount = amount,
                .madeBy = row.value(at.madeBy).toString(),
                .madeAt = QDateTime::fromString(row.value(at.madeAt).toString(), Qt::ISODate)};
        });
}

} // namespace ardesk
