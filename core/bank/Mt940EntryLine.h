#pragma once

#include <expected>
#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

#include "domain/CurrencyCode.h"
#include "domain/Money.h"

namespace ardesk {

// What is wrong in a field and where: offset counts characters from the field's first one.
struct Mt940FieldError {
    qsizetype offset = 0;
    QString expected;
};

// The :61: statement line of MT940:
//   value date YYMMDD, [entry date MMDD], mark C/D/RC/RD, [funds code letter],
//   amount with decimal comma, type (N/F/S + three characters), customer reference,
//   ["//" bank reference].
// The supplementary line after it is not part of this.
struct Mt940EntryLine {
    QDate valueDate;
    QDate bookingDate; // the entry date if given, else the value date
    bool credit = false;
    std::optional<Money> amount;
    QString customerReference;
    QString bankReference; // empty for NONREF

    static std::expected<Mt940EntryLine, Mt940FieldError> parse(QStringView field,
                                                                CurrencyCode currency);

    // YYMMDD as SWIFT writes dates: years 00–79 are 2000–2079, 80–99 are 1980–1999.
    static std::optional<QDate> parseShortDate(QStringView yymmdd);
};

} // namespace ardesk
