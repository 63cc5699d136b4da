#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ardesk::test {

// One entry of a made-up bank file.
struct TestEntry {
    QString bankReference; // empty: the bank gives none (MT940 NONREF)
    QString bookingDate;   // YYYY-MM-DD
    QString amount;        // "100.00"
    bool credit = true;
    QString status = QStringLiteral("BOOK");
    QString counterparty;
    QString counterpartyIban;
    QString reference;
    QString currency = QStringLiteral("EUR");
};

// A camt.053.001.02 statement of account DE89370400440532013000 with `entries`.
QByteArray camt053(const QString& statementId, const QList<TestEntry>& entries);
// An MT940 statement of account 37040044/0532013000 with `entries` (booked, EUR, no bank
// references: every :61: says NONREF).
QByteArray mt940(const QList<TestEntry>& entries);

} // namespace ardesk::test
