#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include "domain/Error.h"

namespace ardesk {

// Which text a letter template has: the ledger's own version (saved from the template editor)
// when there is one, else the built-in default (resources/letters/<lang>/<name>.html). The one
// lookup every letter and e-mail goes through (LetterComposer), so the command line, the
// desktop app and the e-mails never disagree about a template.
class LetterTemplates {
public:
    // The built-in defaults only.
    LetterTemplates() = default;
    // `overrides`: body by key(name, language).
    explicit LetterTemplates(QHash<QString, QString> overrides);

    static QString key(const QString& name, const QString& language);
    // The shared pieces every language's templates include as partials ({{> reminder-items}},
    // {{> payment-details}}: how to pay, {{> discount-offers}}: the early-payment discounts
    // still offered).
    static QStringList partialNames();
    // The foot of every page of every letter ("letter-footer"): the company's registration,
    // tax and bank details. A template of its own, filled with the `company.*` fields.
    static QString footName();

    // The override in `language`, else the built-in one; a name a language lacks falls back
    // to English the same way. NotFound when there is no such template at all.
    Result<QString> text(const QString& name, const QString& language) const;
    bool isOverridden(const QString& name, const QString& language) const;
    // Uses `body` for (name, language) from now on: the template editor's preview of a text
    // not yet saved.
    void set(const QString& name, const QString& language, const QString& body);
    // The partials a template in `language` may include, by name.
    Result<QMap<QString, QString>> partials(const QString& language) const;

    // The shipped text, e.g. ("reminder-2", "de"), English when the language lacks it;
    // NotFound when there is none.
    static Result<QString> builtIn(const QString& name, const QString& language);

private:
    QHash<QString, QString> m_overrides;
};

} // namespace ardesk
