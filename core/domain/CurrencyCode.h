#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringView>

namespace ardesk {

// An active ISO 4217 currency, with the number of minor digits the standard gives it
// (EUR 2, JPY 0, BHD 3). Only codes in the built-in table can be constructed.
class CurrencyCode {
public:
    // Exact upper-case three-letter code of a current ISO 4217 currency, else nullopt.
    static std::optional<CurrencyCode> fromCode(QStringView code);
    // Every currency of the table, sorted by code: what a currency picker offers.
    static QList<CurrencyCode> all();

    QString code() const;
    int minorDigits() const { return m_minorDigits; }
    // 10^minorDigits, the number of minor units in one major unit.
    qint64 minorPerMajor() const;

    friend bool operator==(const CurrencyCode&, const CurrencyCode&) = default;

private:
    CurrencyCode(char a, char b, char c, int minorDigits);

    char m_code[3];
    int m_minorDigits;
};

} // namespace ardesk
