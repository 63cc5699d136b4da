#pragma once

#include <QString>

#include "domain/Error.h"
#include "storage/LedgerCopier.h"

namespace ardesk {

class Database;

// Copies the open ledger into a new one, a file or a database on a PostgreSQL server, either
// way (see LedgerCopier for what is copied and how the target appears whole or not at all).
class LedgerCopyService {
public:
    explicit LedgerCopyService(Database& source);

    // Whether `target` can name a new ledger at all, before anything is opened: a server
    // address must be well-formed (InvalidArgument otherwise, with what is wrong).
    static Result<void> checkTarget(const QString& target);

    Result<LedgerCopy> copyTo(const QString& target, const LedgerCopier::Progress& progress = {});

private:
    Database& m_source;
};

} // namespace ardesk
