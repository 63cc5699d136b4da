#pragma once

#include <functional>

#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// What a copy wrote.
struct LedgerCopy {
    int tables = 0;
    qint64 rows = 0;
    int schemaVersion = 0;
};

// Copies a whole ledger into a new one, on either engine (a file to a server and back): every
// table, every row, ids as they are, so document numbers and the names built from ids stay
// the same, at the same schema version. The source is read in one read snapshot, so the copy
// is consistent while others go on posting. The target appears whole or not at all:
// - a file: written beside the target under a temporary name and renamed into place once
//   complete (a copy that fails is removed; one killed leaves only that temporary file);
// - a server database: its schema and its rows are one transaction, which the server rolls
//   back when the copy fails or its connection is lost.
class LedgerCopier {
public:
    // Called after each table with its name and the rows copied; returning false cancels the
    // copy, which then leaves nothing behind, as a failure does.
    using Progress = std::function<bool(const QString& table, qint64 rows)>;

    explicit LedgerCopier(Database& source);

    // `target`: a file that does not exist yet, or a postgresql:// database that holds no
    // table; anything else is refused (AlreadyExists) and left as it was.
    Result<LedgerCopy> copyTo(const QString& target, const Progress& progress = {});

    // The temporary file a copy to `target` writes first.
    static QString partialFileFor(const QString& target);

private:
    Result<LedgerCopy> copyToFile(const QString& target, const Progress& progress);
    Result<LedgerCopy> copyToServer(const QString& target, const Progress& progress);
    // Inside the target's open transaction: replaces the rows its new schema came with (the
    // default dunning levels) by every row of the source.
    Result<LedgerCopy> fill(Database& target, const Progress& progress);

    Database& m_source;
};

} // namespace ardesk
