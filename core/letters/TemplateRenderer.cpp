#include "TemplateRenderer.h"

#include <algorithm>
#include <optional>
#include <string>

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <kainjow/mustache.hpp>

using namespace Qt::StringLiterals;
namespace mustache = kainjow::mustache;

namespace ardesk {

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

mustache::data toData(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mustache::data object{mustache::data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(utf8(it.key()), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        mustache::data list{mustache::data::type::list};
        for (const QVariant& element : value.toList())
            list.push_back(toData(element));
        return list;
    }
    case QMetaType::Bool:
        return mustache::data{value.toBool()};
    default: {
        // An empty value is false, so that {{#company.phone}}…{{/company.phone}} leaves out
        // the words around a phone number the company hasn't given.
        const QString text = value.toString();
        if (text.isEmpty())
            return mustache::data{false};
        return mustache::data{utf8(text)};
    }
    }
}

// HTML escaping, plus line breaks: an address typed on several lines stays on several lines.
std::string escapeHtml(const std::string& text)
{
    const std::string escaped = mustache::html_escape(text);
    std::string result;
    result.reserve(escaped.size());
    for (const char c : escaped) {
        if (c == '\n')
            result += "<br/>";
        else if (c != '\r')
            result += c;
    }
    return result;
}

// The engine reports "Unclosed section \"items\" at 812", a byte offset into the UTF-8 text;
// people want a line and a column.
QString describeError(const std::string& message, const std::string& templateUtf8,
                      const QString& templateName)
{
    static const QRegularExpression atOffset(u"^(.*) at (\\d+)$"_s);
    const QString text = QString::fromStdString(message);
    const auto match = atOffset.match(text);
    if (!match.hasMatch())
        return templateName + u": "_s + text;
    const auto offset = std::min<std::size_t>(match.captured(2).toULongLong(), templateUtf8.size());
    const std::string before = templateUtf8.substr(0, offset);
    const auto lastNewline = before.rfind('\n');
    const int line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
    const std::string lineStart =
        lastNewline == std::string::npos ? before : before.substr(lastNewline + 1);
    const auto column = QString::fromStdString(lineStart).toUcs4().size() + 1;
    return u"%1:%2:%3: %4"_s.arg(templateName).arg(line).arg(column).arg(match.captured(1));
}

// The partials a text includes ({{> name}}), following set-delimiter tags ({{=<% %>=}}) the
// way the engine does, so that changed delimiters cannot hide an include.
QStringList includedPartials(const QString& text)
{
    QString open = u"{{"_s;
    QString close = u"}}"_s;
    QStringList names;
    qsizetype at = 0;
    while ((at = text.indexOf(open, at)) >= 0) {
        const qsizetype start = at + open.size();
        const qsizetype end = text.indexOf(close, start);
        if (end < 0)
            break;
        const QString tag = text.sliced(start, end - start).trimmed();
        at = end + close.size();
        if (tag.startsWith(u'>')) {
            names.append(tag.sliced(1).trimmed());
        } else if (tag.size() > 2 && tag.startsWith(u'=') && tag.endsWith(u'=')) {
            const QStringList delimiters =
                tag.sliced(1, tag.size() - 2).split(u' ', Qt::SkipEmptyParts);
            if (delimiters.size() == 2) {
                open = delimiters.at(0);
                close = delimiters.at(1);
            }
        }
    }
    return names;
}

// The engine expands a partial that includes itself, directly or through others, without end
// until the stack overflows: such a chain, as "a > b > a", or nothing. `cleared` holds the
// partials already known to end, so that shared ones are walked once.
std::optional<QStringList> includeCycle(const QString& name,
                                        const QMap<QString, QStringList>& includes,
                                        QStringList& path, QSet<QString>& cleared)
{
    if (path.contains(name))
        return path.sliced(path.indexOf(name)) << name;
    if (cleared.contains(name) || !includes.contains(name))
        return std::nullopt;
    path.append(name);
    for (const QString& included : includes.value(name)) {
        if (auto cycle = includeCycle(included, includes, path, cleared))
            return cycle;
    }
    path.removeLast();
    cleared.insert(name);
    return std::nullopt;
}

} // namespace

Result<QString> TemplateRenderer::render(const QString& templateText, const QVariantMap& values,
                                         const QString& templateName,
                                         const QMap<QString, QString>& partials)
{
    QMap<QString, QStringList> includes;
    for (auto it = partials.cbegin(); it != partials.cend(); ++it)
        includes.insert(it.key(), includedPartials(it.value()));
    QSet<QString> cleared;
    for (const QString& name : includedPartials(templateText)) {
        QStringList path;
        if (const auto cycle = includeCycle(name, includes, path, cleared))
            return fail(ErrorCode::InvalidInput,
                        u"%1: the partial \"%2\" includes itself (%3)"_s.arg(
                            templateName, cycle->first(), cycle->join(u" > "_s)));
    }

    // Partials are parsed when used; check each on its own so its errors name its own lines.
    mustache::data data = toData(values);
    for (auto it = partials.cbegin(); it != partials.cend(); ++it) {
        const std::string partialUtf8 = utf8(it.value());
        const mustache::mustache partial{partialUtf8};
        if (!partial.is_valid())
            return fail(ErrorCode::InvalidInput,
                        describeError(partial.error_message(), partialUtf8, it.key()));
        data.set(utf8(it.key()), mustache::partial{[partialUtf8] { return partialUtf8; }});
    }

    const std::string templateUtf8 = utf8(templateText);
    mustache::mustache engine{templateUtf8};
    if (!engine.is_valid())
        return fail(ErrorCode::InvalidInput,
                    describeError(engine.error_message(), templateUtf8, templateName));
    engine.set_custom_escape(escapeHtml);
    const std::string output = engine.render(data);
    if (!engine.is_valid())
        return fail(ErrorCode::InvalidInput,
                    describeError(engine.error_message(), templateUtf8, templateName));
    return QString::fromStdString(output);
}

} // namespace ardesk
