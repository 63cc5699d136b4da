#pragma once

#include <QList>

#include "domain/Error.h"
#include "domain/ReminderNotice.h"

namespace ardesk {

class Database;

// The reminder levels (table dunning_levels, schema 5).
class DunningLevelRepository {
public:
    explicit DunningLevelRepository(Database& database);

    // All levels, lowest first.
    Result<QList<DunningLevel>> list();
    // Replaces every level by `levels`; the caller validates and holds the transaction.
    Result<void> replaceAll(const QList<DunningLevel>& levels);

private:
    Database& m_database;
};

} // namespace ardesk
