#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

// Applies the numbered scripts storage/sql/NNNN_name.sql (embedded as resources) in order,
// each in its own transaction together with the new PRAGMA user_version, so a crash leaves
// the ledger at the last complete version.
class Migrator {
public:
    struct Step {
        int version;
        QString resourcePath;
    };

    explicit Migrator(QSqlDatabase db);

    static QList<Step> steps();
    static int latestVersion();

    // Upgrades from `currentVersion` to the latest; returns the version reached.
    Result<int> migrate(int currentVersion);

    // Splits a script into statements at ';' line ends; '--' comment lines are dropped.
    static QStringList statements(const QString& script);

private:
    Result<void> apply(const Step& step);
    // Writes customers.folded_name for every customer (schema 15).
    Result<void> fillFoldedNames();

    QSqlDatabase m_db;
};

} // namespace ardesk
