#pragma once

#include <optional>

#include <QSet>
#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// The unique keys (invoice numbers, customer codes, payment codes) a table holds and its next
// id, read at the start of a batched bulk load. The ledger's write lock keeps other writers
// out, so these keys and those taken since are all a new row can clash with, and ids follow
// the largest, as the engines would give them.
class BulkKeys {
public:
    // The keys of the rows of `table` (`key`: a column, or an expression over several) and its
    // next id.
    static Result<BulkKeys> read(Database& database, const QString& table, const QString& key);

    // The id after the largest of `table`, for a bulk load that sets its rows' ids itself.
    static Result<qint64> nextId(Database& database, const QString& table);

    // The id of a new row with `key`; nothing when the key is taken.
    std::optional<qint64> take(const QString& key);

private:
    QSet<QString> m_keys;
    qint64 m_nextId = 1;
};

} // namespace ardesk
