#pragma once

#include <optional>

#include <QString>

#include "domain/Money.h"

namespace ardesk {

struct PaymentDetails;

// The text of an EPC069-12 QR code ("GiroCode", version 002): a SEPA credit transfer a banking
// app fills in when it scans the code. One field a line:
//   BCD / 002 / 1 (UTF-8) / SCT / BIC / name / IBAN / EUR<amount> / purpose /
//   structured reference / unstructured remittance
// The standard's limits hold: name at most 70 characters, amount from 0.01 to 999999999.99
// with a '.' and two decimals, a structured (creditor) reference of at most 35 characters or
// else an unstructured remittance of at most 140, never both, 331 bytes in all; trailing empty
// fields are left out.
class EpcQrPayload {
public:
    static constexpr int maxNameLength = 70;
    static constexpr int maxReferenceLength = 35;
    static constexpr int maxRemittanceLength = 140;
    static constexpr int maxBytes = 331;

    // Nothing when no transfer can be asked for: no IBAN, an amount not in EUR or outside the
    // standard's range. `name` is the beneficiary (the account holder, else the company);
    // `reference` the creditor reference (RF…), else `remittance` the text the transfer carries
    // (cut, at a space where possible, to fit).
    static std::optional<QString> build(const PaymentDetails& payment, const QString& name,
                                        const Money& amount, const QString& reference,
                                        const QString& remittance);
};

} // namespace ardesk
