#include "LetterComposer.h"

#include <QFile>

#include "letters/LetterFields.h"
#include "letters/LetterLanguage.h"
#include "letters/TemplateRenderer.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Templates include the language's shared pieces as partials ({{> reminder-items}}).
const QStringList partialNames{u"reminder-items"_s};

QString recipientOf(const QString& name, const QString& address)
{
    return address.trimmed().isEmpty() ? name : name + u'\n' + address.trimmed();
}

} // namespace

LetterComposer::LetterComposer(CompanyDetails company)
    : m_company(std::move(company))
{}

Result<QString> LetterComposer::defaultTemplate(const QString& name, const QString& language)
{
    for (const QString& lang : {language, u"en"_s}) {
        QFile file(u":/ardesk/letters/%1/%2.html"_s.arg(lang, name));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return fail(ErrorCode::NotFound, u"no letter template \"%1\""_s.arg(name));
}

Result<QString> LetterComposer::render(const QString& name, const QString& language,
                                       const QVariantMap& fields)
{
    QMap<QString, QString> partials;
    for (const QString& templateName : QStringList{name} + partialNames) {
        const QString key = language + u'/' + templateName;
        if (!m_templates.contains(key)) {
            const auto text = defaultTemplate(templateName, language);
            if (!text)
                return std::unexpected(text.error());
            m_templates.insert(key, *text);
        }
        if (templateName != name)
            partials.insert(templateName, m_templates.value(key));
    }
    return TemplateRenderer::render(m_templates.value(language + u'/' + name), fields,
                                    language + u'/' + name + u".html"_s, partials);
}

Result<Letter> LetterComposer::reminder(const ReminderNotice& notice)
{
    const LetterLanguage language = LetterLanguage::forCode(notice.language);
    const QString name = notice.level.templateName.isEmpty()
                             ? u"reminder-%1"_s.arg(notice.level.level)
                             : notice.level.templateName;
    const auto body =
        render(name, language.code(), LetterFields::reminder(notice, m_company, language));
    if (!body)
        return std::unexpected(body.error());
    return Letter{.recipient = recipientOf(notice.customerName, notice.customerAddress),
                  .date = language.longDate(notice.asOf),
                  .bodyHtml = *body};
}

Result<Letter> LetterComposer::statement(const Statement& statement)
{
    const LetterLanguage language = LetterLanguage::forCode(statement.customer.language);
    const auto body = render(u"statement"_s, language.code(),
                             LetterFields::statement(statement, m_company, language));
    if (!body)
        return std::unexpected(body.error());
    return Letter{.recipient = recipientOf(statement.customer.name, statement.customer.address),
                  .date = language.longDate(statement.asOf),
                  .bodyHtml = *body};
}

} // namespace ardesk
