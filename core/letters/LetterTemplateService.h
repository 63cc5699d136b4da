#pragma once

#include <optional>

#include <QString>

#include "domain/Error.h"
#include "letters/LetterTemplates.h"
#include "storage/LetterTemplateRepository.h"

namespace ardesk {

class Database;

// The letter templates a ledger uses: its own versions, saved from the template editor, over
// the built-in defaults. Every letter and e-mail takes its LetterTemplates from here.
class LetterTemplateService {
public:
    // Where a broken template is broken, from TemplateRenderer's "<name>:<line>:<column>: ...".
    struct Problem {
        int line = 0;   // from 1
        int column = 0; // from 1, in characters
        QString message;
    };

    explicit LetterTemplateService(Database& database);

    // The ledger's overrides over the defaults.
    Result<LetterTemplates> templates();
    // Keeps `body` as the ledger's (name, language) template, in one transaction, in place of
    // `asRead`, the text the editor started from. InvalidInput, ledger unchanged, when it does
    // not parse: "<language>/<name>.html:<line>:<column>: ..."; NotFound when there is no
    // default of that name to override; ChangedMeanwhile, ledger unchanged, when the template
    // is no longer `asRead` (someone else saved or restored it since).
    Result<void> save(const QString& name, const QString& language, const QString& body,
                      const QString& asRead);
    // Deletes the ledger's version: the default applies again.
    Result<void> restoreDefault(const QString& name, const QString& language);

    // Checks that `body` parses as the (name, language) template, with the partials it may
    // include from `templates`.
    static Result<void> check(const QString& name, const QString& language, const QString& body,
                              const LetterTemplates& templates);
    // The line and column of a check() or TemplateRenderer error; nullopt for any other error.
    static std::optional<Problem> problem(const Error& error);

private:
    Database& m_database;
    LetterTemplateRepository m_repository;
};

} // namespace ardesk
