#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// The saved column profiles of bank CSV exports, by name, each as its JSON settings (the bank
// layer reads them: storage knows no profile fields).
class BankCsvProfileRepository {
public:
    struct Row {
        QString name;
        QString settings;
    };

    explicit BankCsvProfileRepository(Database& database);

    // Adds the profile, or replaces the settings of the one with that name.
    Result<void> save(const QString& name, const QString& settings);
    Result<std::optional<Row>> find(const QString& name);
    Result<QList<Row>> list(); // by name

private:
    Database& m_database;
};

} // namespace ardesk
