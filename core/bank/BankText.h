#pragma once

#include <expected>

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include "domain/CurrencyCode.h"
#include "domain/Money.h"

// The small pieces of text every bank format has: the file's encoding, currency codes and
// amounts. Failures come back as "what was expected", for the reader to put a position on.
namespace ardesk::BankText {

// Strict UTF-8 (a BOM is dropped); anything that is not well-formed UTF-8 is read as
// ISO-8859-1, which German and Dutch banks still send and which every byte sequence is.
QString decode(QByteArrayView bytes);

// A current ISO 4217 code: three upper-case letters the currency table knows.
std::expected<CurrencyCode, QString> currency(QStringView code);

// camt (xs:decimal): "1234.5", "0", at most the currency's minor digits, no sign.
std::expected<Money, QString> decimalPointAmount(QStringView text, CurrencyCode currency);

// MT940: digits with a mandatory decimal comma ("1234,50", "800,"), at most the currency's
// minor digits, no sign (the debit/credit mark carries it).
std::expected<Money, QString> decimalCommaAmount(QStringView text, CurrencyCode currency);

} // namespace ardesk::BankText
