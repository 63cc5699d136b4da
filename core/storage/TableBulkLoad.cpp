#include "storage/TableBulkLoad.h"

namespace ardesk {

TableBulkLoad::TableBulkLoad(Database& database, const QString& table)
    : m_audit(database, table)
    , m_indexes(database, table)
    , m_keys(database, {table})
{}

Result<void> TableBulkLoad::start(qint64 expectedRows)
{
    if (auto ok = m_audit.start(); !ok)
        return ok;
    if (auto ok = m_indexes.suspendFor(expectedRows); !ok)
        return ok;
    return m_indexes.suspended() ? m_keys.suspend() : Result<void>{};
}

Result<void> TableBulkLoad::finish()
{
    if (auto ok = m_audit.finish(); !ok)
        return ok;
    // The keys' checks join the whole table: with its indexes and statistics back first.
    if (auto ok = m_indexes.restore(); !ok)
        return ok;
    return m_keys.restore();
}

} // namespace ardesk
