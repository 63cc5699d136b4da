#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "domain/RoundingMode.h"

namespace ardesk {

// An amount in integer minor units of one currency. Never constructed from a floating-point
// value; arithmetic across currencies is refused.
class Money {
public:
    Money(qint64 minor, CurrencyCode currency)
        : m_minor(minor)
        , m_currency(currency)
    {}

    // The exchange format of CSV files and the CLI: digits, optionally '.' and at most the
    // currency's minor digits ("1234.5", "1234.50"); no sign, no separators, no symbols.
    // A leading '-' is accepted only when allowNegative is true.
    static Result<Money> parsePlain(QStringView text, CurrencyCode currency,
                                    bool allowNegative = false);
    // User entry in a locale ("1.234,50" in de_DE); grouping separators optional.
    static Result<Money> parseLocalized(QStringView text, CurrencyCode currency,
                                        const QLocale& locale);

    qint64 minor() const { return m_minor; }
    CurrencyCode currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // "1234.50", "-20.00", "1234" for JPY: always the currency's minor digits.
    QString toPlainString() const;
    // Grouped and with the locale's separators, without a currency symbol ("1.234,50").
    QString toLocalizedString(const QLocale& locale) const;

    Result<Money> plus(const Money& other) const;
    Result<Money> minus(const Money& other) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    // this × numerator / denominator, rounded as asked; denominator must not be 0.
    Money multipliedByRatio(qint64 numerator, qint64 denominator, RoundingMode mode) const;

    // Splits into `parts` amounts (parts > 0) that add up exactly to this one; the first
    // (|minor| mod parts) parts carry one extra minor unit.
    QList<Money> allocate(int parts) const;

    friend bool operator==(const Money&, const Money&) = default;

private:
    qint64 m_minor;
    CurrencyCode m_currency;
};

// Rounds numerator / denominator to an integer (denominator != 0). Exposed because KPI and
// plan computations round ratios of minor units too.
qint64 roundedDivide(qint64 numerator, qint64 denominator, RoundingMode mode);

} // namespace ardesk
