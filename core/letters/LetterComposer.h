#pragma once

#include <QHash>
#include <QString>

#include "domain/CompanyDetails.h"
#include "domain/Error.h"
#include "domain/ReminderNotice.h"
#include "letters/Letter.h"
#include "services/Statement.h"

namespace ardesk {

// Mail merge of reminders and statements with the default templates: picks the template by
// level and the customer's language (resources/letters/<lang>/<name>.html, English when a
// language lacks one), fills it (LetterFields, TemplateRenderer) and addresses the letter.
class LetterComposer {
public:
    explicit LetterComposer(CompanyDetails company);

    // The notice's level names the template (DunningLevel::templateName, "reminder-<level>"
    // when empty). NotFound when there is no such template, InvalidInput when it is broken.
    Result<Letter> reminder(const ReminderNotice& notice);
    Result<Letter> statement(const Statement& statement);

    // The text of a default template, e.g. ("reminder-2", "de"); NotFound when there is none.
    static Result<QString> defaultTemplate(const QString& name, const QString& language);

private:
    Result<QString> render(const QString& name, const QString& language, const QVariantMap& fields);

    CompanyDetails m_company;
    QHash<QString, QString> m_templates; // "<lang>/<name>" → text, read once per run
};

} // namespace ardesk
