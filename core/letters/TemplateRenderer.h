#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

#include "domain/Error.h"

namespace ardesk {

// Mail merge: fills a mustache template ({{name}}, {{#items}}…{{/items}}, {{> partial}}) with
// values. Values are a tree of QVariantMap (objects), QVariantList (lists), bool (sections) and
// anything QVariant turns into a string; an empty string counts as false in sections. The templates
// are HTML, so {{ }} escapes (and keeps a multi-line value's lines as <br>), {{{ }}} does not. The
// only file that knows the mustache engine (kainjow's, header-only) is TemplateRenderer.cpp.
class TemplateRenderer {
public:
    // InvalidInput with "<name>:<line>:<column>: <what is wrong>" for a broken template or
    // partial; line and column count from 1, columns in characters. "<name>: the partial …
    // includes itself" for a partial the template reaches that includes itself, directly or
    // through other partials: the engine would expand it until the stack runs out.
    static Result<QString> render(const QString& templateText, const QVariantMap& values,
                                  const QString& templateName = {},
                                  const QMap<QString, QString>& partials = {});
};

} // namespace ardesk
