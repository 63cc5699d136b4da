#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

class SqlDialect;

// Applies the numbered scripts storage/sql/<engine>/NNNN_name.sql (embedded as resources) in
// order, each in its own transaction together with the new schema version, so a crash leaves
// the ledger at the last complete version. Both engines reach the same latest version: a
// server ledger starts at the schema of the version that first supported servers (one script
// that creates it whole), and every later step has one script per engine.
class Migrator {
public:
    struct Step {
        int version;
        QString resourcePath;
    };

    explicit Migrator(QSqlDatabase db);
    Migrator(QSqlDatabase db, const SqlDialect& dialect);

    static QList<Step> steps();
    static QList<Step> steps(const SqlDialect& dialect);
    static int latestVersion();

    // Upgrades from `currentVersion` to the latest; returns the version reached.
    Result<int> migrate(int currentVersion);
    // The same steps inside the caller's open transaction, which commits or rolls back all of
    // them at once: a ledger copied onto a server gets its schema and its rows as one unit.
    Result<int> migrateInTransaction(int currentVersion);

    // Splits a script into statements at ';' line ends, except inside $$ quotes; '--' comment
    // lines are dropped.
    static QStringList statements(const QString& script);

private:
    // Applies each step after `currentVersion` in order with `applyStep`; the version reached.
    Result<int> applyAfter(int currentVersion, Result<void> (Migrator::*applyStep)(const Step&));
    // The step in a transaction of its own.
    Result<void> apply(const Step& step);
    // The step's statements and its version, in whatever transaction is open.
    Result<void> applyStatements(const Step& step);
    // Writes customers.folded_name for every customer (schema 15).
    Result<void> fillFoldedNames();

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
};

} // namespace ardesk
