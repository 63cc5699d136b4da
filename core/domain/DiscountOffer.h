#pragma once

#include <QDate>

#include "domain/EarlyPaymentDiscount.h"

namespace ardesk {

// What one invoice offers for early payment, in its currency's minor units: `discountMinor`
// off for a payment dated on or before `until`. Installments and reminder charges offer none.
struct DiscountOffer {
    qint64 discountMinor = 0;
    QDate until; // null when nothing is offered

    bool validOn(QDate date) const { return discountMinor > 0 && until.isValid() && date <= until; }
    // Whether a payment dated `date` can still earn it while `openMinor` is open: something
    // must be left to pay after the discount.
    bool earnedOn(QDate date, qint64 openMinor) const
    {
        return validOn(date) && discountMinor < openMinor;
    }

    // The offer of an invoice of `amountMinor` on these terms.
    static DiscountOffer of(const EarlyPaymentDiscount& terms, qint64 amountMinor)
    {
        if (!terms.offered())
            return {};
        return {.discountMinor = terms.discountMinor(amountMinor), .until = terms.until};
    }

    friend bool operator==(const DiscountOffer&, const DiscountOffer&) = default;
};

} // namespace ardesk
