#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace ardesk {

// The rules a customer's own fields follow, whether a user enters them or (for the language) a
// file imports them. Problems come back as the core's untranslated detail text; the UI asks
// the same functions and words its own messages.
class CustomerRules {
public:
    // Ten years: what the native import has always accepted.
    static constexpr int maximumTermsDays = 3650;

    // The letter languages ARDesk has templates for.
    static const QStringList& supportedLanguages();

    // Non-empty, without leading or trailing blanks. Uniqueness is the ledger's to check.
    static std::optional<QString> codeProblem(const QString& code);
    static std::optional<QString> nameProblem(const QString& name);
    // Empty is fine; otherwise something@domain.tld without blanks.
    static std::optional<QString> emailProblem(const QString& email);
    static std::optional<QString> termsProblem(int termsDays);
    static std::optional<QString> creditLimitProblem(std::optional<qint64> creditLimitMinor);
    static std::optional<QString> languageProblem(const QString& language);
};

} // namespace ardesk
