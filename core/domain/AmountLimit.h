#pragma once

#include <functional>
#include <limits>

#include <QString>
#include <QtGlobal>

#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "domain/Int128.h"

namespace ardesk {

// The total a ledger's invoices may reach, and the total its payments and credit notes may
// reach, each in minor units whatever their currency: half the largest 64-bit integer. Within
// it every sum ARDesk forms from them fits: a bucket, a customer's or the ledger's total, the
// open amount (invoices less credits), installments beside the invoices they take over. A
// document that would carry its table past it is refused as too large, never wrapped.
class AmountLimit {
public:
    static constexpr qint64 totalMinor = std::numeric_limits<qint64>::max() / 2;

    // `stored`: the total the table holds already.
    explicit AmountLimit(Int128 stored)
        : m_total(stored)
    {}

    // Counts `minor` in when the total stays within the limit; false, counting nothing, when
    // it would not.
    bool add(qint64 minor);

    // "amount too large: …", with the limit written in `currency`.
    static QString problem(const QString& documents, CurrencyCode currency);

    // Counts one document of `minor` in `currency` into `running`, a run's own total, or when
    // there is none into the total `stored` reads from the ledger now; InvalidInput with
    // problem(documents, currency) when that would pass the limit.
    static Result<void> countIn(AmountLimit* running, const std::function<Result<Int128>()>& stored,
                                qint64 minor, CurrencyCode currency, const QString& documents);

private:
    Int128 m_total;
};

} // namespace ardesk
