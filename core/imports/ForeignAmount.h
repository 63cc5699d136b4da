#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace ardesk {

// Which character separates the decimals in another tool's amounts. Tools write numbers in
// the user's locale: GnuCash in German or French writes "1.234,56" (and, with a comma taken,
// ';' between fields), in English "1,234.56".
enum class DecimalMark { Point, Comma };

// A quantity, price, discount or tax as other tools write them: "1234.56" or "1,234.56"
// (the other mark only as thousands separator, in groups of three; "1.234,56" with a decimal
// comma), up to 12 digits before the decimal mark and 6 after it (unit prices often carry
// more than the currency's minor digits). No sign: an invoice line is never negative here, so
// "-5" is refused rather than guessed at.
class ForeignAmount {
public:
    static std::optional<ForeignAmount> parse(QStringView text,
                                              DecimalMark mark = DecimalMark::Point);
    static ForeignAmount one() { return ForeignAmount(1, 0); }
    static ForeignAmount zero() { return ForeignAmount(0, 0); }
    // What parse() expects, for a message.
    static QString expectation(DecimalMark mark = DecimalMark::Point);

    bool isZero() const { return m_digits == 0; }

    // The rounding rule of every foreign invoice line, written down once: the line's exact
    // value, quantity × price × (100 − percent) / 100, or quantity × price − amountOff, is
    // rounded half-up (ties away from zero) to the currency's minor unit, once per line; the
    // invoice is the sum of its rounded lines (plus its rounded tax amounts). nullopt when a
    // discount makes the line negative or the result does not fit.
    static std::optional<qint64> lineMinor(ForeignAmount quantity, ForeignAmount price,
                                           ForeignAmount percentOff, ForeignAmount amountOff,
                                           int minorDigits);
    // This amount in minor units, rounded half-up.
    std::optional<qint64> minor(int minorDigits) const;

private:
    ForeignAmount(qint64 digits, int scale)
        : m_digits(digits)
        , m_scale(scale)
    {}

    qint64 m_digits; // the value is m_digits / 10^m_scale
    int m_scale;
};

} // namespace ardesk
