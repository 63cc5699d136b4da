#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "domain/Error.h"

namespace ardesk {

// Maps an SQLite error to our codes: busy/locked → LedgerLocked, not-a-database/corrupt →
// LedgerCorrupt, anything else → Storage. `context` says what we were doing.
Error storageError(const QSqlError& error, const QString& context);

// A failed COMMIT: as storageError(), except that a connection lost during it leaves the
// outcome unknown, which the message says instead of "nothing was changed".
Error commitError(const QSqlError& error);

// Prepares `sql`; a failure says what went wrong, after `context` ("preparing a query" when
// empty). Checked wherever a query is prepared: exec() after a failed prepare clears that
// error and fails with one that no longer says what it was (PostgreSQL refuses a statement
// when it is prepared).
Result<void> prepare(QSqlQuery& query, const QString& sql, const QString& context = {});
// Executes a prepared query; on failure the error says what we were doing.
Result<void> execute(QSqlQuery& query, const QString& context);
// Runs `sql` unprepared: schema changes (CREATE, DROP), which PostgreSQL does not prepare.
Result<void> executeDirectly(QSqlQuery& query, const QString& sql, const QString& context);

} // namespace ardesk
