#pragma once

#include <QCoreApplication>
#include <QString>

namespace ardesk {

// The words for the stored payment-method codes (domain/PaymentMethod.h) in the user's
// language; any other stored text is shown as it is.
class PaymentMethodNames {
    Q_DECLARE_TR_FUNCTIONS(PaymentMethodNames)

public:
    static QString text(const QString& method);
};

} // namespace ardesk
