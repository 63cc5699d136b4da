#include "text/PaymentMethodNames.h"

#include "domain/PaymentMethod.h"

namespace ardesk {

QString PaymentMethodNames::text(const QString& method)
{
    if (method == PaymentMethod::bankTransfer)
        return tr("Bank transfer");
    if (method == PaymentMethod::card)
        return tr("Card");
    if (method == PaymentMethod::cash)
        return tr("Cash");
    if (method == PaymentMethod::cheque)
        return tr("Cheque");
    if (method == PaymentMethod::directDebit)
        return tr("Direct debit");
    return method;
}

} // namespace ardesk
