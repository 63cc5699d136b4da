#include "storage/BulkLoadAudit.h"

#include <QHash>
#include <QSqlQuery>

#include "storage/BulkKeys.h"
#include "storage/Database.h"
#include "storage/SecondaryIndexes.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Per table, the entries of its rows `t` as the insert triggers write them: row_id orders
// them, the other columns are audit_trail's.
const QHash<QString, QString>& entriesOfRows()
{
    static const QString creditKind = u"CASE %1.kind WHEN 'P' THEN 'payment' ELSE "
                                      "'credit_note' END AS document_kind"_s;
    static const QHash<QString, QString> entries{
        {u"customers"_s,
         u"SELECT t.id AS row_id, t.id AS customer_id, 'customer' AS document_kind, "
         "t.id AS document_id, t.code AS document, 'created' AS action, '' AS related, "
         "CAST(NULL AS BIGINT) AS amount, CAST(NULL AS TEXT) AS currency FROM customers t"_s},
        {u"invoices"_s,
         u"SELECT t.id AS row_id, t.customer_id, 'invoice' AS document_kind, "
         "t.id AS document_id, t.number AS document, 'created' AS action, '' AS related, "
         "t.amount, t.currency FROM invoices t"_s},
        {u"credits"_s,
         u"SELECT t.id AS row_id, t.customer_id, %1, t.id AS document_id, t.code AS document, "
         "'created' AS action, '' AS related, t.amount, t.currency FROM credits t"_s.arg(
             creditKind.arg(u"t"_s))},
        // Only a payment's or credit note's: write-offs and plans are recorded as their own
        // rows.
        {u"allocations"_s,
         u"SELECT t.id AS row_id, i.customer_id, %1, c.id AS document_id, c.code AS document, "
         "CASE WHEN t.amount > 0 THEN 'allocated' ELSE 'unapplied' END AS action, "
         "i.number AS related, abs(t.amount) AS amount, t.currency FROM allocations t "
         "JOIN credits c ON c.id = t.credit_id JOIN invoices i ON i.id = t.invoice_id"_s.arg(
             creditKind.arg(u"c"_s))},
    };
    return entries;
}

} // namespace

BulkLoadAudit::BulkLoadAudit(Database& database, QString table)
    : m_database(database)
    , m_table(std::move(table))
    , m_triggers(database, {m_table})
{
    Q_ASSERT(entriesOfRows().contains(m_table));
}

Result<void> BulkLoadAudit::start()
{
    const auto next = BulkKeys::nextId(m_database, m_table);
    if (!next)
        return std::unexpected(next.error());
    m_lastIdBefore = *next - 1;
    return m_triggers.suspend();
}

Result<void> BulkLoadAudit::finish()
{
    if (m_lastIdBefore < 0)
        return {};
    // A load that at least doubles the trail builds the trail's index afresh, as the table's own.
    const auto next = BulkKeys::nextId(m_database, m_table);
    if (!next)
        return std::unexpected(next.error());
    SecondaryIndexes trailIndexes(m_database, u"audit_trail"_s);
    if (auto ok = trailIndexes.suspendFor(*next - 1 - m_lastIdBefore); !ok)
        return ok;
    // Ids one after the trail's last, in the order of the rows, as the triggers would give them.
    QSqlQuery record(m_database.connection());
    if (auto ready = prepare(
            record,
            u"INSERT INTO audit_trail(id, customer_id, document_kind, document_id, document, "
            "action, related, amount, currency, made_by, made_at) "
            "SELECT %1, e.customer_id, e.document_kind, e.document_id, e.document, e.action, "
            "e.related, e.amount, e.currency, s.made_by, s.made_at "
            "FROM (%2 WHERE t.id > ?) e CROSS JOIN audit_signature s ORDER BY e.row_id"_s.arg(
                m_database.dialect().nextIdsInOrder(u"audit_trail"_s, u"e.row_id"_s),
                entriesOfRows().value(m_table)));
        !ready)
        return std::unexpected(ready.error());
    record.addBindValue(m_lastIdBefore);
    if (auto ok = execute(record, u"recording the rows loaded into "_s + m_table +
                                      u" in the audit trail"_s);
        !ok)
        return ok;
    m_lastIdBefore = -1;
    if (auto ok = trailIndexes.restore(); !ok)
        return ok;
    return m_triggers.restore();
}

} // namespace ardesk
