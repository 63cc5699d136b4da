#include "domain/EarlyPaymentDiscount.h"

#include <QRegularExpression>

#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

qint64 EarlyPaymentDiscount::discountMinor(qint64 amountMinor) const
{
    if (basisPoints <= 0)
        return 0;
    return roundedDivide(amountMinor * basisPoints, maxBasisPoints, RoundingMode::HalfUp);
}

Result<int> EarlyPaymentDiscount::parsePercent(QStringView text)
{
    static const QRegularExpression pattern(u"^([0-9]{1,3})(?:\\.([0-9]{1,2}))?$"_s);
    const auto match = pattern.match(text);
    QString decimals = match.captured(2);
    while (decimals.size() < 2)
        decimals.append(u'0');
    const int basisPoints =
        match.hasMatch() ? match.captured(1).toInt() * 100 + decimals.toInt() : -1;
    if (basisPoints < 0 || basisPoints > maxBasisPoints)
        return fail(ErrorCode::InvalidInput, u"expected a percentage from 0 to 100 with at most "
                                             "two decimals, like 2 or 1.5"_s);
    return basisPoints;
}

QString EarlyPaymentDiscount::formatPercent(int basisPoints)
{
    const int whole = basisPoints / 100;
    const int hundredths = basisPoints % 100;
    if (hundredths == 0)
        return QString::number(whole);
    if (hundredths % 10 == 0)
        return u"%1.%2"_s.arg(whole).arg(hundredths / 10);
    return u"%1.%2"_s.arg(whole).arg(hundredths, 2, 10, QChar(u'0'));
}

} // namespace ardesk
