#pragma once

#include <QString>
#include <QStringList>

namespace ardesk {

// How a payment came in, stored as a code so that the ledger reads the same in every language
// (the screen shows the translation). Any other text a user types or a file brings is stored
// as it is.
namespace PaymentMethod {

inline const QString bankTransfer = QStringLiteral("bank");
inline const QString card = QStringLiteral("card");
inline const QString cash = QStringLiteral("cash");
inline const QString cheque = QStringLiteral("cheque");
inline const QString directDebit = QStringLiteral("direct-debit");

// The methods the payment dialog offers, in its order.
inline QStringList offered()
{
    return {bankTransfer, card, cash, cheque, directDebit};
}

} // namespace PaymentMethod

} // namespace ardesk
