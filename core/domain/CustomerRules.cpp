#include "domain/CustomerRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ardesk {

const QStringList& CustomerRules::supportedLanguages()
{
    static const QStringList languages{u"en"_s, u"de"_s, u"fr"_s, u"es"_s};
    return languages;
}

std::optional<QString> CustomerRules::codeProblem(const QString& code)
{
    if (code.trimmed().isEmpty())
        return u"the customer code is empty"_s;
    if (code.trimmed() != code)
        return u"the customer code \"%1\" starts or ends with blanks"_s.arg(code);
    return std::nullopt;
}

std::optional<QString> CustomerRules::nameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return u"the customer's name is empty"_s;
    return std::nullopt;
}

std::optional<QString> CustomerRules::emailProblem(const QString& email)
{
    if (email.isEmpty())
        return std::nullopt;
    // Deliberately loose: one '@' with something before it and a dotted domain after it, no
    // blanks. Whether the mailbox exists only a mail server can tell.
    static const QRegularExpression address(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    if (!address.match(email).hasMatch())
        return u"\"%1\" is not an e-mail address"_s.arg(email);
    return std::nullopt;
}

std::optional<QString> CustomerRules::termsProblem(int termsDays)
{
    if (termsDays < 0 || termsDays > maximumTermsDays)
        return u"payment terms of %1 days are outside 0 to %2"_s.arg(termsDays).arg(
            maximumTermsDays);
    return std::nullopt;
}

std::optional<QString> CustomerRules::creditLimitProblem(std::optional<qint64> creditLimitMinor)
{
    if (creditLimitMinor && *creditLimitMinor < 0)
        return u"the credit limit is negative"_s;
    return std::nullopt;
}

std::optional<QString> CustomerRules::languageProblem(const QString& language)
{
    if (!supportedLanguages().contains(language))
        return u"expected one of en, de, fr, es, got \"%1\""_s.arg(language);
    return std::nullopt;
}

} // namespace ardesk
