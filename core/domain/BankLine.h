#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

#include "domain/Ids.h"
#include "domain/Money.h"

namespace ardesk {

// Where a bank line stands: waiting to be applied, posted as a payment (BANK-<id>), or taken
// out of the queue by the bookkeeper (a refund, a transfer between own accounts).
enum class BankLineStatus { Open, Posted, Ignored };

// "open", "posted", "ignored": the names of the ledger and the command line.
QString bankLineStatusName(BankLineStatus status);
std::optional<BankLineStatus> bankLineStatusFromName(QStringView name);

// A booked credit of an imported statement: money in, to be applied to a customer's documents.
struct BankLine {
    BankLineId id;
    QString account; // the statement's account (IBAN or the bank's account id)
    // Unique per account: the bank's own id of the line, or one built from its contents
    // (BankLineIdentities), so that no line is stored twice.
    QString identity;
    QDate bookingDate;
    QDate valueDate;
    Money amount; // positive
    QString counterparty;
    QString counterpartyAccount;
    QString reference;     // remittance: a structured creditor reference or the free text
    QString bankReference; // the bank's id, empty where it gives none
    BankLineStatus status = BankLineStatus::Open;
    QString ignoreReason;
};

} // namespace ardesk
