#pragma once

#include <expected>

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QString>
#include <QStringList>

namespace ardesk {

// How to read one bank's CSV export: which column holds what, and how dates and amounts are
// written. Banks change nothing in these layouts for years, so a profile is saved once in the
// ledger (bank_csv_profiles) and named on every import.
//
// A column is named by its header text (exact, blanks around it ignored) or by its position,
// 1 for the first: a name made of digits only is a position.
struct BankCsvProfile {
    QString name;
    QChar separator = u',';
    bool headerRow = true;
    int skipRows = 0;         // records before the header (or the first entry): bank headers
    int skipTrailingRows = 0; // records after the last entry: closing balances, totals
    QString bookingDateColumn;
    QString valueDateColumn; // optional: the booking date when empty
    // Either one signed amount column (negative: money out), or a debit and a credit column
    // (the column says which way; a sign written there is ignored).
    QString amountColumn;
    QString debitColumn;
    QString creditColumn;
    QString counterpartyNameColumn;
    QString counterpartyAccountColumn;
    QStringList referenceColumns; // joined by a space, empty ones left out
    QString bankReferenceColumn;  // optional: the bank's id of the entry
    QString currencyColumn;       // optional: else `currency`
    bool decimalComma = false;
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // Qt date format: dd.MM.yyyy, MM/dd/yyyy
    QString currency;
    QString account; // the statement's account: the file does not name it
};

// What is missing or contradictory in a profile ("expected …"); empty when it can be used.
QString bankCsvProfileProblem(const BankCsvProfile& profile);

// The JSON stored in the ledger (docs/contract.md has the shape) and back.
QByteArray bankCsvProfileToJson(const BankCsvProfile& profile);
std::expected<BankCsvProfile, QString> bankCsvProfileFromJson(const QString& name,
                                                              QByteArrayView json);

} // namespace ardesk
