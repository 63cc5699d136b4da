#include "LetterComposer.h"

#include "letters/LetterFields.h"
#include "letters/PaymentInstructions.h"
#include "letters/TemplateRenderer.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString recipientOf(const QString& name, const QString& address)
{
    return address.trimmed().isEmpty() ? name : name + u'\n' + address.trimmed();
}

} // namespace

LetterComposer::LetterComposer(CompanyDetails company, LetterTemplates templates)
    : m_company(std::move(company))
    , m_source(std::move(templates))
{}

Result<QString> LetterComposer::render(const QString& name, const QString& language,
                                       const QVariantMap& fields)
{
    QMap<QString, QString> partials;
    // Templates include the language's shared pieces as partials ({{> reminder-items}}).
    for (const QString& templateName : QStringList{name} + LetterTemplates::partialNames()) {
        const QString key = LetterTemplates::key(templateName, language);
        if (!m_templates.contains(key)) {
            const auto text = m_source.text(templateName, language);
            if (!text)
                return std::unexpected(text.error());
            m_templates.insert(key, *text);
        }
        if (templateName != name)
            partials.insert(templateName, m_templates.value(key));
    }
    return TemplateRenderer::render(m_templates.value(LetterTemplates::key(name, language)), fields,
                                    language + u'/' + name + u".html"_s, partials);
}

Result<Letter> LetterComposer::finished(Letter letter, const LetterLanguage& language, QDate date)
{
    // The foot has the company's fields only: it is the same on every letter of a ledger.
    const auto foot = render(
        LetterTemplates::footName(), language.code(),
        {{u"company"_s, LetterFields::company(m_company)}, {u"today"_s, language.longDate(date)}});
    if (!foot)
        return std::unexpected(foot.error());
    letter.footHtml = *foot;
    letter.pageLabel = language.pageLabel();
    return letter;
}

Result<Letter> LetterComposer::reminder(const ReminderNotice& notice)
{
    const LetterLanguage language = LetterLanguage::forCode(notice.language);
    const QString name = notice.level.templateName.isEmpty()
                             ? u"reminder-%1"_s.arg(notice.level.level)
                             : notice.level.templateName;
    const PaymentInstructions payment = PaymentInstructions::forReminder(notice, m_company);
    QVariantMap fields = LetterFields::reminder(notice, m_company, language);
    fields.insert(LetterFields::payment(payment));
    const auto body = render(name, language.code(), fields);
    if (!body)
        return std::unexpected(body.error());
    return finished({.recipient = recipientOf(notice.customerName, notice.customerAddress),
                     .date = language.longDate(notice.asOf),
                     .bodyHtml = *body,
                     .paymentQr = payment.qrPayload()},
                    language, notice.asOf);
}

Result<Letter> LetterComposer::statement(const Statement& statement)
{
    const LetterLanguage language = LetterLanguage::forCode(statement.customer.language);
    const PaymentInstructions payment = PaymentInstructions::forStatement(statement, m_company);
    QVariantMap fields = LetterFields::statement(statement, m_company, language);
    fields.insert(LetterFields::payment(payment));
    const auto body = render(u"statement"_s, language.code(), fields);
    if (!body)
        return std::unexpected(body.error());
    return finished({.recipient = recipientOf(statement.customer.name, statement.customer.address),
                     .date = language.longDate(statement.asOf),
                     .bodyHtml = *body,
                     .paymentQr = payment.qrPayload()},
                    language, statement.asOf);
}

Result<Letter> LetterComposer::letter(const QString& name, const QString& languageCode,
                                      QVariantMap fields, const QString& recipient, QDate date)
{
    const LetterLanguage language = LetterLanguage::forCode(languageCode);
    fields.insert(u"company"_s, LetterFields::company(m_company));
    fields.insert(u"today"_s, language.longDate(date));
    const auto body = render(name, language.code(), fields);
    if (!body)
        return std::unexpected(body.error());
    return finished({.recipient = recipient, .date = language.longDate(date), .bodyHtml = *body},
                    language, date);
}

} // namespace ardesk
