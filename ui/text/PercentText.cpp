#include "text/PercentText.h"

#include "domain/EarlyPaymentDiscount.h"

namespace ardesk {

std::optional<int> PercentText::parse(const QString& text, const QLocale& locale)
{
    QString plain = text.trimmed();
    if (plain.endsWith(u'%'))
        plain = plain.chopped(1).trimmed();
    plain.replace(locale.decimalPoint(), QStringLiteral("."));
    const auto basisPoints = EarlyPaymentDiscount::parsePercent(plain);
    return basisPoints ? std::optional(*basisPoints) : std::nullopt;
}

QString PercentText::format(int basisPoints, const QLocale& locale)
{
    return EarlyPaymentDiscount::formatPercent(basisPoints).replace(u'.', locale.decimalPoint());
}

} // namespace ardesk
