#include <catch2/catch.hpp>

#include "LetterSamples.h"
#include "letters/LetterComposer.h"
#include "letters/TemplateRenderer.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

std::string rendered(const QString& text, const QVariantMap& values,
                     const QMap<QString, QString>& partials = {})
{
    const auto result = TemplateRenderer::render(text, values, u"t.html"_s, partials);
    INFO((result ? std::string() : result.error().detail.toStdString()));
    REQUIRE(result);
    return result->toStdString();
}

std::string errorOf(const QString& text, const QMap<QString, QString>& partials = {})
{
    const auto result = TemplateRenderer::render(text, {}, u"t.html"_s, partials);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidInput);
    return result.error().detail.toStdString();
}

} // namespace

TEST_CASE("mustache fields, sections and lists fill a template", "[letters][template]")
{
    const QVariantMap values{{u"customer"_s, QVariantMap{{u"name"_s, u"Ana"_s}}},
                             {u"items"_s, QVariantList{QVariantMap{{u"document"_s, u"A-1"_s}},
                                                       QVariantMap{{u"document"_s, u"A-2"_s}}}},
                             {u"currency"_s, u"EUR"_s},
                             {u"has_fee"_s, false},
                             {u"phone"_s, QString()}};
    CHECK(rendered(u"Hi {{customer.name}}: {{#items}}[{{document}} {{currency}}]{{/items}}"_s,
                   values) == "Hi Ana: [A-1 EUR][A-2 EUR]");
    CHECK(rendered(u"{{#has_fee}}fee{{/has_fee}}{{^has_fee}}no fee{{/has_fee}}"_s, values) ==
          "no fee");
    // An empty value prints nothing and is false in a section.
    CHECK(rendered(u"call{{#phone}} {{phone}}{{/phone}}."_s, values) == "call.");
    CHECK(rendered(u"{{> table}}!"_s, values, {{u"table"_s, u"<{{customer.name}}>"_s}}) ==
          "<Ana>!");
}

TEST_CASE("values are HTML-escaped, and keep their lines", "[letters][template]")
{
    const QVariantMap values{{u"customer"_s, QVariantMap{{u"name"_s, u"<b>O'Brien & Sons</b>"_s},
                                                         {u"address"_s, u"1 Main St\nDublin"_s}}}};
    CHECK(rendered(u"{{customer.name}}"_s, values) == "&lt;b&gt;O&apos;Brien &amp; Sons&lt;/b&gt;");
    CHECK(rendered(u"{{customer.address}}"_s, values) == "1 Main St<br/>Dublin");
    CHECK(rendered(u"{{{customer.name}}}"_s, values) == "<b>O'Brien & Sons</b>");

    LetterComposer composer(test::sampleCompany());
    const auto letter =
        composer.reminder(test::sampleNotice(1, u"en"_s, u"<b>O'Brien & Sons</b>"_s));
    REQUIRE(letter);
    // The name goes into the address window, which prints plain text.
    CHECK(letter->recipient.startsWith(u"<b>O'Brien & Sons</b>\n"_s));
}

TEST_CASE("a broken template is reported with its line and column", "[letters][template]")
{
    using Row = std::tuple<const char*, const char*>;
    const auto [text, expected] = GENERATE(table<const char*, const char*>({
        Row{"Dear {{customer.name}},\n<p>{{#items}}\n<td>{{document}}</td>\n",
            "t.html:2:4: Unclosed section \"items\""},
        Row{"line one\n  {{customer.name\n", "t.html:2:3: Unclosed tag"},
        Row{"a\nb\n   {{/items}}", "t.html:3:4: Unopened section \"items\""},
        // Columns count characters, not UTF-8 bytes.
        Row{"Grüße {{#x}}", "t.html:1:7: Unclosed section \"x\""},
    }));
    CHECK(errorOf(QString::fromUtf8(text)) == expected);
}

TEST_CASE("a broken partial names the partial and its line", "[letters][template]")
{
    CHECK(errorOf(u"{{> rows}}"_s, {{u"rows"_s, u"<tr>\n{{#items}}"_s}}) ==
          "rows:2:1: Unclosed section \"items\"");
}

// Found by fuzz_letter_template: the engine expanded such a partial until the stack overflowed.
TEST_CASE("a partial that includes itself is refused, not expanded without end",
          "[letters][template]")
{
    CHECK(errorOf(u"a{{> footer}}"_s, {{u"footer"_s, u"b{{> footer}}"_s}}) ==
          "t.html: the partial \"footer\" includes itself (footer > footer)");
    CHECK(errorOf(u"{{#x}}{{/x}}{{> one}}"_s,
                  {{u"one"_s, u"{{=<% %>=}}<%> two %>"_s}, {u"two"_s, u"{{> one}}"_s}}) ==
          "t.html: the partial \"one\" includes itself (one > two > one)");
    // Partials that include others without a cycle still render.
    CHECK(rendered(u"{{> one}}{{> two}}"_s, {},
                   {{u"one"_s, u"1{{> two}}"_s}, {u"two"_s, u"2"_s}}) == "122");
}
