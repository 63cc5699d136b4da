#include "domain/CreditorReference.h"

#include "domain/Mod97.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

bool isAsciiAlphanumeric(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

} // namespace

QString CreditorReference::fold(QStringView documentNumber)
{
    QString folded;
    folded.reserve(documentNumber.size());
    for (const QChar c : documentNumber) {
        if (isAsciiAlphanumeric(c))
            folded.append(c.toUpper());
    }
    return folded;
}

std::optional<QString> CreditorReference::forDocument(QStringView documentNumber)
{
    const QString body = fold(documentNumber);
    if (body.isEmpty() || body.size() > maxBodyLength)
        return std::nullopt;
    const int check = 98 - *mod97(QString(body + u"RF00"_s));
    return u"RF"_s + QString::number(check).rightJustified(2, u'0') + body;
}

std::optional<QString> CreditorReference::body(QStringView text)
{
    QString compact;
    for (const QChar c : text) {
        if (c != u' ')
            compact.append(c.toUpper());
    }
    if (compact.size() < 5 || compact.size() > 4 + maxBodyLength || !compact.startsWith(u"RF"_s) ||
        !compact.at(2).isDigit() || !compact.at(3).isDigit())
        return std::nullopt;
    const QString rotated = compact.mid(4) + compact.left(4);
    const auto remainder = mod97(rotated);
    if (!remainder || *remainder != 1)
        return std::nullopt;
    return compact.mid(4);
}

} // namespace ardesk
