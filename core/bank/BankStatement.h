#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/Money.h"

namespace ardesk {

// One movement on the account as the bank reported it. Readers keep every entry, credits and
// debits, booked and pending: the importer decides what becomes a bank line and counts the
// rest, so nothing of the file is dropped silently here.
struct BankEntry {
    // The bank's own id of the movement: camt AcctSvcrRef, else NtryRef, else the detail's
    // EndToEndId (unless NOTPROVIDED); MT940 the reference after "//" in :61:; OFX FITID.
    // Empty when the bank gives none (MT940 NONREF): the importer then builds an identity
    // from the line's contents.
    QString bankReference;
    QDate bookingDate;
    QDate valueDate;
    Money amount; // always positive; `credit` says which way it went
    bool credit = false;
    bool booked = false; // false for pending and information-only entries (PDNG, INFO, FUTR)
    QString counterpartyName;
    QString counterpartyAccount; // IBAN or account number
    // Remittance: the structured creditor reference (RF…) when there is one, else the
    // unstructured text joined by spaces.
    QString reference;
    int sourceLine = 0; // where the entry starts in the file, 1-based
    int sourceColumn = 0;
};

// One statement (camt Stmt, camt.054 Ntfctn, MT940 :20: block) of a bank file.
struct BankStatement {
    QString format;  // "camt.053", "camt.054", "mt940"
    QString account; // IBAN or account id of the statement's account
    QString statementId;
    CurrencyCode currency;
    QList<BankEntry> entries;
};

} // namespace ardesk
