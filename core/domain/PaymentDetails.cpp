#include "domain/PaymentDetails.h"

#include <QRegularExpression>
#include <QUrl>

#include "domain/Mod97.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

const QStringList linkPlaceholders = {u"customer"_s, u"documents"_s, u"amount"_s, u"currency"_s,
                                      u"reference"_s};

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([^{}]*)\\}"_s);
    return pattern;
}

} // namespace

bool PaymentDetails::isEmpty() const
{
    return iban.isEmpty() && accountNumber.isEmpty() && paymentLinkPattern.isEmpty();
}

QString PaymentDetails::compact(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c.toUpper());
    }
    return result;
}

QString PaymentDetails::grouped(QStringView compactText)
{
    QString result;
    for (qsizetype i = 0; i < compactText.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            result.append(u' ');
        result.append(compactText.at(i));
    }
    return result;
}

PaymentDetails PaymentDetails::normalized() const
{
    return {.accountHolder = accountHolder.trimmed(),
            .iban = compact(iban),
            .bic = compact(bic),
            .accountNumber = accountNumber.trimmed(),
            .routing = routing.trimmed(),
            .paymentLinkPattern = paymentLinkPattern.trimmed()};
}

std::optional<QString> PaymentDetails::ibanProblem(QStringView text)
{
    const QString iban = compact(text);
    // ISO 13616: country (2 letters), check digits (2 digits), then up to 30 letters and
    // digits; the shortest national format (Norway) makes 15 in all.
    static const QRegularExpression shape(u"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"_s);
    if (!shape.match(iban).hasMatch())
        return u"\"%1\" is not an IBAN: expected two letters, two check digits and 11 to 30 "
               "letters or digits"_s.arg(text);
    const auto remainder = mod97(QString(iban.mid(4) + iban.left(4)));
    if (!remainder || *remainder != 1)
        return u"\"%1\" is not a valid IBAN: its check digits are wrong"_s.arg(text);
    return std::nullopt;
}

std::optional<QString> PaymentDetails::bicProblem(QStringView text)
{
    static const QRegularExpression shape(u"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"_s);
    if (!shape.match(compact(text)).hasMatch())
        return u"\"%1\" is not a BIC: expected 8 or 11 letters and digits (bank, country, "
               "location, optional branch)"_s.arg(text);
    return std::nullopt;
}

std::optional<QString> PaymentDetails::linkProblem(QStringView text)
{
    const QString pattern = text.trimmed().toString();
    if (!pattern.startsWith(u"https://"_s, Qt::CaseInsensitive) &&
        !pattern.startsWith(u"http://"_s, Qt::CaseInsensitive))
        return u"the payment link \"%1\" is not a web address (https://…)"_s.arg(pattern);
    for (auto it = placeholderPattern().globalMatch(pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!linkPlaceholders.contains(name))
            return u"the payment link names the unknown placeholder {%1}; known are %2"_s.arg(
                name, u"{"_s + linkPlaceholders.join(u"}, {"_s) + u"}"_s);
    }
    if (pattern.count(u'{') != pattern.count(u'}'))
        return u"the payment link \"%1\" has an unclosed placeholder"_s.arg(pattern);
    return std::nullopt;
}

QStringList PaymentDetails::problems() const
{
    QStringList found;
    if (!iban.trimmed().isEmpty()) {
        if (auto problem = ibanProblem(iban))
            found.append(*problem);
    }
    if (!bic.trimmed().isEmpty()) {
        if (auto problem = bicProblem(bic))
            found.append(*problem);
    }
    if (!paymentLinkPattern.trimmed().isEmpty()) {
        if (auto problem = linkProblem(paymentLinkPattern))
            found.append(*problem);
    }
    return found;
}

QString PaymentDetails::link(const QString& customerCode, const QStringList& documents,
                             const Money& amount, const QString& reference) const
{
    if (paymentLinkPattern.isEmpty())
        return {};
    const auto encoded = [](const QString& value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    const QHash<QString, QString> values{{u"customer"_s, encoded(customerCode)},
                                         {u"documents"_s, encoded(documents.join(u','))},
                                         {u"amount"_s, amount.toPlainString()},
                                         {u"currency"_s, amount.currency().code()},
                                         {u"reference"_s, encoded(reference)}};
    QString result;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(paymentLinkPattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(paymentLinkPattern).mid(last, match.capturedStart() - last);
        result += values.value(match.captured(1), match.captured(0));
        last = match.capturedEnd();
    }
    result += QStringView(paymentLinkPattern).mid(last);
    return result;
}

} // namespace ardesk
