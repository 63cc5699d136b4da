#include "storage/LedgerTables.h"

#include <algorithm>

#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
// The engine's own bookkeeping, not the ledger's: the schema version on a server, and on a
// file who signs the changes of the transaction under way (empty between transactions).
const QStringList engineTables{u"ardesk_schema"_s, u"audit_context"_s};
} // namespace

const QStringList& LedgerTables::inDependencyOrder()
{
    static const QStringList tables{
        u"ledger_info"_s,
        u"customers"_s,
        u"plans"_s,
        u"invoices"_s,
        u"credits"_s,
        u"write_offs"_s,
        u"plan_invoices"_s,
        u"allocations"_s,
        u"activities"_s,
        u"letter_templates"_s,
        u"bank_accounts"_s,
        u"bank_statements"_s,
        u"bank_lines"_s,
        u"counterparty_accounts"_s,
        u"bank_csv_profiles"_s,
        u"recurring_schedules"_s,
        u"recurring_occurrences"_s,
        u"dunning_levels"_s,
        u"reminder_log"_s,
        u"agency_handovers"_s,
        u"corrections"_s,
        u"audit_trail"_s,
    };
    return tables;
}

Result<QStringList> LedgerTables::stored(Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (auto ok = executeDirectly(query, database.dialect().tablesOfSchema(),
                                  database.path() + u": listing the ledger's tables"_s);
        !ok)
        return std::unexpected(ok.error());
    QStringList tables;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (!engineTables.contains(table))
            tables.append(table);
    }
    std::sort(tables.begin(), tables.end());
    return tables;
}

Result<void> LedgerTables::checkAgainst(Database& database)
{
    const auto tables = stored(database);
    if (!tables)
        return std::unexpected(tables.error());
    QStringList unknown;
    for (const QString& table : *tables) {
        if (!inDependencyOrder().contains(table))
            unknown.append(table);
    }
    QStringList missing;
    for (const QString& table : inDependencyOrder()) {
        if (!tables->contains(table))
            missing.append(table);
    }
    if (unknown.isEmpty() && missing.isEmpty())
        return {};
    QStringList problems;
    if (!unknown.isEmpty())
        problems.append(u"tables unknown to this ARDesk: "_s + unknown.join(u", "_s));
    if (!missing.isEmpty())
        problems.append(u"tables missing: "_s + missing.join(u", "_s));
    return fail(ErrorCode::Storage, database.path() + u": "_s + problems.join(u"; "_s));
}

} // namespace ardesk
