#include "text/NumberFormat.h"

#include <map>

#include <QStringList>

#include "domain/Money.h"

namespace ardesk {

QString NumberFormat::fixed(qint64 scaled, int decimals, const QLocale& locale)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    const bool negative = scaled < 0;
    // Magnitudes as unsigned so that the most negative value does not overflow.
    const quint64 magnitude =
        negative ? 0 - static_cast<quint64>(scaled) : static_cast<quint64>(scaled);
    QString text = locale.toString(magnitude / static_cast<quint64>(unit));
    if (decimals > 0) {
        text += locale.decimalPoint() + locale.toString(magnitude % static_cast<quint64>(unit))
                                            .rightJustified(decimals, locale.zeroDigit().at(0));
    }
    return negative ? locale.negativeSign() + text : text;
}

QString NumberFormat::totals(const QList<Money>& amounts, const QLocale& locale)
{
    std::map<QString, std::pair<CurrencyCode, qint64>> sums;
    for (const Money& amount : amounts) {
        auto [at, added] = sums.try_emplace(amount.currency().code(), amount.currency(), 0);
        at->second.second += amount.minor();
    }
    QStringList texts;
    for (const auto& [code, sum] : sums)
        texts.append(money(sum.second, sum.first, locale));
    return texts.join(QStringLiteral("; "));
}

QString NumberFormat::money(qint64 minor, CurrencyCode currency, const QLocale& locale)
{
    //: An amount and its currency code, as in "1,234.50 EUR".
    return tr("%1 %2").arg(Money(minor, currency).toLocalizedString(locale), currency.code());
}

QString NumberFormat::percent(qint64 part, qint64 whole, const QLocale& locale)
{
    Q_ASSERT(whole > 0);
    // Tenths of a percent, half-up: (part × 1000 + whole / 2) / whole for part >= 0. Amounts
    // below 9.2e15 minor units cannot overflow here.
    const qint64 magnitude = part < 0 ? -part : part;
    const qint64 tenths = (magnitude * 1000 + whole / 2) / whole;
    //: A percentage, as in "35.5%".
    return tr("%1%").arg(fixed(part < 0 ? -tenths : tenths, 1, locale));
}

} // namespace ardesk
