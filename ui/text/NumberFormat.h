#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Money.h"

namespace ardesk {

// Exact figures for display: amounts in minor units and ratios held as scaled integers are
// formatted digit by digit in the user's locale, never through a double.
class NumberFormat {
    Q_DECLARE_TR_FUNCTIONS(NumberFormat)

public:
    // `scaled` / 10^decimals with exactly `decimals` decimals: (5593, 2) is "55.93" in English,
    // "55,93" in German.
    static QString fixed(qint64 scaled, int decimals, const QLocale& locale);
    // "1,234.50 EUR": the amount in the locale followed by the currency code, in the order the
    // translation gives.
    static QString money(qint64 minor, CurrencyCode currency, const QLocale& locale);
    // The sum of `amounts` per currency, each as money(), in currency code order, joined by
    // "; " ("1,250.00 EUR; 80.00 USD"); "" for none.
    static QString totals(const QList<Money>& amounts, const QLocale& locale);
    // part / whole as a percentage with one decimal, rounded half-up ("35.5%"); whole > 0.
    static QString percent(qint64 part, qint64 whole, const QLocale& locale);
};

} // namespace ardesk
