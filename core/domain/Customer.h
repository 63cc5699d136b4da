#pragma once

#include <optional>

#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Ids.h"

namespace ardesk {

struct Customer {
    CustomerId id;
    QString code; // the customer_id of CSV files and the CLI
    QString name;
    QString email;
    QString phone;
    QString address;
    int termsDays = 30;
    std::optional<qint64> creditLimitMinor;
    CurrencyCode currency;
    QString language = QStringLiteral("en");
    bool onHold = false;
    QString bankAccount; // IBAN or account number (BankAccountNumber), to know who paid
    // Early-payment terms ("2/10"): this much off an invoice paid within discountDays of its
    // issue date; 0 basis points offer nothing. New invoices take them over when written.
    int discountBasisPoints = 0;
    int discountDays = 0;

    friend bool operator==(const Customer&, const Customer&) = default;
};

} // namespace ardesk
