#include "letters/LetterTemplates.h"

#include <optional>

#include <QFile>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

std::optional<QString> resourceText(const QString& name, const QString& language)
{
    QFile file(u":/ardesk/letters/%1/%2.html"_s.arg(language, name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

} // namespace

LetterTemplates::LetterTemplates(QHash<QString, QString> overrides)
    : m_overrides(std::move(overrides))
{}

QString LetterTemplates::key(const QString& name, const QString& language)
{
    return language + u'/' + name;
}

QStringList LetterTemplates::partialNames()
{
    return {u"reminder-items"_s, u"payment-details"_s, u"discount-offers"_s};
}

QString LetterTemplates::footName()
{
    return u"letter-footer"_s;
}

Result<QString> LetterTemplates::text(const QString& name, const QString& language) const
{
    for (const QString& lang : {language, u"en"_s}) {
        if (const auto own = m_overrides.constFind(key(name, lang)); own != m_overrides.cend())
            return *own;
        if (auto shipped = resourceText(name, lang))
            return *shipped;
    }
    return fail(ErrorCode::NotFound, u"no letter template \"%1\""_s.arg(name));
}

bool LetterTemplates::isOverridden(const QString& name, const QString& language) const
{
    return m_overrides.contains(key(name, language));
}

void LetterTemplates::set(const QString& name, const QString& language, const QString& body)
{
    m_overrides.insert(key(name, language), body);
}

Result<QMap<QString, QString>> LetterTemplates::partials(const QString& language) const
{
    QMap<QString, QString> result;
    for (const QString& name : partialNames()) {
        auto body = text(name, language);
        if (!body)
            return std::unexpected(body.error());
        result.insert(name, *body);
    }
    return result;
}

Result<QString> LetterTemplates::builtIn(const QString& name, const QString& language)
{
    return LetterTemplates().text(name, language);
}

} // namespace ardesk
