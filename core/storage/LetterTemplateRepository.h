#pragma once

#include <QList>
#include <QString>

#include "domain/Error.h"

namespace ardesk {

class Database;

// One template the ledger keeps instead of the built-in one.
struct StoredLetterTemplate {
    QString name;     // "reminder-2"
    QString language; // "de"
    QString body;
};

// The ledger's own versions of the letter templates (table letter_templates, schema 6).
class LetterTemplateRepository {
public:
    explicit LetterTemplateRepository(Database& database);

    Result<QList<StoredLetterTemplate>> all();
    // Inserts or replaces the override of (name, language), stamping updated_at.
    Result<void> save(const QString& name, const QString& language, const QString& body);
    // Deletes the override, if any.
    Result<void> remove(const QString& name, const QString& language);

private:
    Database& m_database;
};

} // namespace ardesk
