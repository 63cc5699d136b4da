#include "text/AmountText.h"

#include "domain/Money.h"

namespace ardesk {

std::optional<qint64> AmountText::parsePositive(const QString& text, CurrencyCode currency,
                                                const QLocale& locale)
{
    const auto amount = Money::parseLocalized(text.trimmed(), currency, locale);
    if (!amount || amount->minor() <= 0)
        return std::nullopt;
    return amount->minor();
}

QString AmountText::problem(const QString& text, CurrencyCode currency, const QLocale& locale)
{
    if (text.trimmed().isEmpty())
        return tr("Enter the amount.");
    const auto amount = Money::parseLocalized(text.trimmed(), currency, locale);
    if (amount && amount->minor() > 0)
        return QString();
    if (amount)
        return tr("The amount must be more than zero.");
    const qint64 perMajor = currency.minorPerMajor();
    const QString example =
        Money(1234 * perMajor + perMajor / 2, currency).toLocalizedString(locale);
    if (currency.minorDigits() == 0)
        return tr("Enter a whole amount like %1: %2 has no decimals.")
            .arg(example, currency.code());
    return tr("Enter an amount like %1, with at most %2 decimals.")
        .arg(example, QString::number(currency.minorDigits()));
}

} // namespace ardesk
