#include "bank/BankText.h"

#include <algorithm>

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ardesk::BankText {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Quotes what was found, shortened so that a whole binary file never ends up in a message.
QString quoted(QStringView text)
{
    constexpr qsizetype maxShown = 40;
    if (text.size() <= maxShown)
        return u'"' + text.toString() + u'"';
    return u'"' + text.first(maxShown).toString() + u"…\""_s;
}

} // namespace

QString decode(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes);
    return text;
}

std::expected<CurrencyCode, QString> currency(QStringView code)
{
    const bool shaped = code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
                            return c >= u'A' && c <= u'Z';
                        });
    if (!shaped)
        return std::unexpected(
            u"expected a three-letter currency code like EUR, found %1"_s.arg(quoted(code)));
    if (const auto known = CurrencyCode::fromCode(code))
        return *known;
    return std::unexpected(u"expected a current ISO 4217 currency, found %1"_s.arg(quoted(code)));
}

std::expected<Money, QString> decimalPointAmount(QStringView text, CurrencyCode currency)
{
    const auto money = Money::parsePlain(text, currency);
    if (!money)
        return std::unexpected(u"%1, found %2"_s.arg(money.error().detail, quoted(text)));
    return *money;
}

std::expected<Money, QString> decimalCommaAmount(QStringView text, CurrencyCode currency)
{
    const qsizetype comma = text.indexOf(u',');
    const bool shaped =
        comma > 0 && text.indexOf(u',', comma + 1) < 0 &&
        std::all_of(text.begin(), text.end(), [](QChar c) { return isAsciiDigit(c) || c == u','; });
    const qsizetype decimals = text.size() - comma - 1;
    if (!shaped || decimals > currency.minorDigits()) {
        const QString example = currency.minorDigits() == 0
                                    ? u"1234,"_s
                                    : u"1234,5"_s + QString(currency.minorDigits() - 1, u'0');
        return std::unexpected(
            u"expected an amount with a decimal comma and at most %1 decimals, like %2, found %3"_s
                .arg(QString::number(currency.minorDigits()), example, quoted(text)));
    }
    QString plain = text.first(comma).toString();
    if (decimals > 0)
        plain += u'.' + text.sliced(comma + 1).toString();
    return decimalPointAmount(plain, currency);
}

} // namespace ardesk::BankText
