#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "domain/CurrencyCode.h"

namespace ardesk {

// The rules every new invoice follows, whether a file imports it or a user enters it: both
// paths ask here, so that they can never drift apart. Problems come back as the core's
// untranslated detail text; the UI words its own.
class InvoiceRules {
public:
    // Installments are documents named PLAN-<id>/<n>: an invoice must never take such a number.
    static bool isReservedNumber(const QString& number);
    // Why `number` cannot name an invoice, or nothing. Uniqueness is the ledger's to check.
    static std::optional<QString> numberProblem(const QString& number);
    // Why an invoice of a customer who pays in `customerCurrency` cannot be in `currency`.
    static std::optional<QString> currencyProblem(CurrencyCode customerCurrency,
                                                  const QString& currency);
    // Without an explicit due date, an invoice is due the customer's terms after its issue;
    // nothing when that passes 9999-12-31, the last date a ledger holds.
    static std::optional<QDate> defaultDueDate(QDate issueDate, int termsDays);
    // Why an invoice issued on a date so late that its terms pass the last date needs an
    // explicit due date.
    static QString dueDatePastLastDate(int termsDays);
};

} // namespace ardesk
