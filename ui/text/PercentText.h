#pragma once

#include <optional>

#include <QLocale>
#include <QString>

namespace ardesk {

// Early-payment discount rates as the user types and reads them: "1,5" in German, "1.5" in
// English, a trailing "%" allowed; held as basis points (EarlyPaymentDiscount).
class PercentText {
public:
    // Basis points, or nothing when the text is no percentage from 0 to 100 with at most two
    // decimals.
    static std::optional<int> parse(const QString& text, const QLocale& locale);
    static QString format(int basisPoints, const QLocale& locale);
};

} // namespace ardesk
