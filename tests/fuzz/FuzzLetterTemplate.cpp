// TemplateRenderer on arbitrary templates: the bytes up to the first NUL are the letter's
// template, the rest the partial "footer" it may include ({{> footer}}). The values are fixed
// and have every shape a letter's have (text, escaped and multi-line text, nested objects,
// lists, true and false sections), so that the fuzzer's tags find something to fill.

#include <cstdint>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVariant>

#include "FuzzCheck.h"
#include "domain/Error.h"
#include "letters/TemplateRenderer.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

QVariantMap letterValues()
{
    const QVariantMap customer{{u"name"_s, u"<b>O'Brien & Sons</b>"_s},
                               {u"address"_s, u"1 Main St\nDublin"_s}};
    const QVariantList items{
        QVariantMap{{u"document"_s, u"INV-1"_s}, {u"amount"_s, u"1,200.00"_s}},
        QVariantMap{{u"document"_s, u"INV-2"_s}, {u"amount"_s, u"80.50"_s}, {u"late"_s, true}}};
    return {{u"customer"_s, customer}, {u"items"_s, items},        {u"currency"_s, u"EUR"_s},
            {u"has_fee"_s, false},     {u"overdue"_s, true},       {u"phone"_s, QString()},
            {u"level"_s, 2},           {u"total"_s, u"1,280.50"_s}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QVariantMap values = letterValues();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype split = bytes.indexOf('\0');
    const QString text = QString::fromUtf8(split < 0 ? bytes : bytes.first(split));
    QMap<QString, QString> partials;
    if (split >= 0)
        partials.insert(u"footer"_s, QString::fromUtf8(bytes.sliced(split + 1)));
    const auto rendered = TemplateRenderer::render(text, values, u"fuzz.html"_s, partials);
    if (!rendered) {
        fuzz::check(rendered.error().code == ErrorCode::InvalidInput,
                    "a broken template is invalid input");
        fuzz::check(rendered.error().detail.startsWith(u"fuzz.html:"_s) ||
                        rendered.error().detail.startsWith(u"footer:"_s),
                    "a broken template is located");
    }
    return 0;
}
