#pragma once

#include <QHash>
#include <QString>

#include "domain/CompanyDetails.h"
#include "domain/Error.h"
#include "domain/ReminderNotice.h"
#include "ledger/Statement.h"
#include "letters/Letter.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterTemplates.h"

namespace ardesk {

// Mail merge of reminders and statements: picks the template by level and the customer's
// language (LetterTemplates: the ledger's version, else the default; English when a language
// lacks one), fills it (LetterFields, TemplateRenderer) and addresses the letter. Reminders and
// statements also say how to pay (PaymentInstructions: the payment fields and the QR code).
class LetterComposer {
public:
    explicit LetterComposer(CompanyDetails company, LetterTemplates templates = {});

    // The notice's level names the template (DunningLevel::templateName, "reminder-<level>"
    // when empty). NotFound when there is no such template, InvalidInput when it is broken.
    Result<Letter> reminder(const ReminderNotice& notice);
    Result<Letter> statement(const Statement& statement);
    // Any other letter: the template `name` in the language of `languageCode` (English when
    // it lacks one), filled with `fields` plus the company's (`company.*`), dated `date`.
    Result<Letter> letter(const QString& name, const QString& languageCode, QVariantMap fields,
                          const QString& recipient, QDate date);

private:
    Result<QString> render(const QString& name, const QString& language, const QVariantMap& fields);
    // Adds the page foot (the `letter-footer` template) and the page label to `letter`.
    Result<Letter> finished(Letter letter, const LetterLanguage& language, QDate date);

    CompanyDetails m_company;
    LetterTemplates m_source;
    QHash<QString, QString> m_templates; // "<lang>/<name>" → text, read once per run
};

} // namespace ardesk
