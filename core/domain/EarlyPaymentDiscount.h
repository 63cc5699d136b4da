#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include "domain/Error.h"

namespace ardesk {

// An early-payment discount (the "2/10" of "2/10 net 30"): `basisPoints` hundredths of a
// percent off the invoice amount for a payment dated on or before `until`. Basis points keep
// rates such as 1.5 % exact without a floating-point value.
struct EarlyPaymentDiscount {
    static constexpr int maxBasisPoints = 10000;

    int basisPoints = 0;
    QDate until; // the last day a payment earns it; null when nothing is offered

    bool offered() const { return basisPoints > 0 && until.isValid(); }
    bool validOn(QDate date) const { return offered() && date <= until; }
    // The discount on an invoice of `amountMinor`, rounded half-up in minor units.
    qint64 discountMinor(qint64 amountMinor) const;

    // A percentage as CSV files and the CLI write it: 0 to 100 with at most two decimals and
    // '.' as the separator ("2", "1.5", "0.25"); InvalidInput otherwise.
    static Result<int> parsePercent(QStringView text);
    // "2", "1.5", "0.25": no trailing zeros, so that parsePercent() reads it back.
    static QString formatPercent(int basisPoints);

    friend bool operator==(const EarlyPaymentDiscount&, const EarlyPaymentDiscount&) = default;
};

} // namespace ardesk
