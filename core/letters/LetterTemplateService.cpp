#include "letters/LetterTemplateService.h"

#include <QRegularExpression>

#include "letters/TemplateRenderer.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

LetterTemplateService::LetterTemplateService(Database& database)
    : m_database(database)
    , m_repository(database)
{}

Result<LetterTemplates> LetterTemplateService::templates()
{
    const auto stored = m_repository.all();
    if (!stored)
        return std::unexpected(stored.error());
    QHash<QString, QString> overrides;
    for (const StoredLetterTemplate& own : *stored)
        overrides.insert(LetterTemplates::key(own.name, own.language), own.body);
    return LetterTemplates(std::move(overrides));
}

Result<void> LetterTemplateService::check(const QString& name, const QString& language,
                                          const QString& body, const LetterTemplates& templates)
{
    // The engine parses the whole template before it fills anything in, so rendering with no
    // values finds every syntax error without a notice to fill it with.
    auto partials = templates.partials(language);
    if (!partials)
        return std::unexpected(partials.error());
    partials->remove(name); // a partial checked on its own, not as an include of itself
    const auto rendered =
        TemplateRenderer::render(body, {}, language + u'/' + name + u".html"_s, *partials);
    if (!rendered)
        return std::unexpected(rendered.error());
    return {};
}

std::optional<LetterTemplateService::Problem> LetterTemplateService::problem(const Error& error)
{
    static const QRegularExpression located(u":(\\d+):(\\d+): (.*)$"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    const auto match = located.match(error.detail);
    if (error.code != ErrorCode::InvalidInput || !match.hasMatch())
        return std::nullopt;
    return Problem{.line = match.captured(1).toInt(),
                   .column = match.captured(2).toInt(),
                   .message = match.captured(3)};
}

Result<void> LetterTemplateService::save(const QString& name, const QString& language,
                                         const QString& body, const QString& asRead)
{
    if (auto shipped = LetterTemplates::builtIn(name, language); !shipped)
        return std::unexpected(shipped.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto current = templates();
    if (!current)
        return std::unexpected(current.error());
    const auto stored = current->text(name, language);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored != asRead)
        return fail(
            ErrorCode::ChangedMeanwhile,
            u"template %1/%2 was changed by someone else since it was read"_s.arg(language, name));
    if (auto ok = check(name, language, body, *current); !ok)
        return ok;
    if (auto saved = m_repository.save(name, language, body); !saved)
        return saved;
    return transaction->commit();
}

Result<void> LetterTemplateService::restoreDefault(const QString& name, const QString& language)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto removed = m_repository.remove(name, language); !removed)
        return removed;
    return transaction->commit();
}

} // namespace ardesk
