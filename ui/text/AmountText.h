#pragma once

#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "domain/CurrencyCode.h"

namespace ardesk {

// Amounts typed by the user in their locale ("1.234,50" in German), for the entry dialogs.
class AmountText {
    Q_DECLARE_TR_FUNCTIONS(AmountText)

public:
    // Minor units of a positive amount with at most the currency's decimals; nothing otherwise.
    static std::optional<qint64> parsePositive(const QString& text, CurrencyCode currency,
                                               const QLocale& locale = QLocale());
    // Why `text` is no such amount, with an example in the locale; "" when it is one.
    static QString problem(const QString& text, CurrencyCode currency,
                           const QLocale& locale = QLocale());
};

} // namespace ardesk
