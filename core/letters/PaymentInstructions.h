#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "domain/CompanyDetails.h"
#include "domain/Money.h"
#include "domain/ReminderNotice.h"
#include "ledger/Statement.h"

namespace ardesk {

// How to pay what one letter asks for: the company's bank account, the payment reference, the
// payment link and the QR code a banking app scans.
// - The reference is the ISO 11649 creditor reference (RF…) of the document when the letter
//   asks for one; with several, each item carries its own (LetterFields) and the transfer
//   names them all.
// - The QR code is an EPC069-12 "GiroCode" (EpcQrPayload) when the amount is in EUR and an
//   IBAN is set; otherwise the payment link, when a pattern is set; otherwise none.
class PaymentInstructions {
public:
    PaymentInstructions(const CompanyDetails& company, const QString& customerCode,
                        QStringList documents, const Money& amount);

    // What a reminder asks for: its items, total due.
    static PaymentInstructions forReminder(const ReminderNotice& notice,
                                           const CompanyDetails& company);
    // What a statement asks for: its open items (not credits), its total.
    static PaymentInstructions forStatement(const Statement& statement,
                                            const CompanyDetails& company);

    // The document's creditor reference grouped by four ("RF18 5390 0754 7034"); empty when
    // the number has no letters or digits, or more than 21.
    static QString referenceOf(const QString& document);

    // The RF reference of the one document asked for, compact; empty for none or several.
    QString reference() const { return m_reference; }
    QString link() const { return m_link; }
    // The text the QR code carries; empty when there is none.
    QString qrPayload() const { return m_qrPayload; }
    bool isQrGiroCode() const { return m_giroCode; }

    // `payment.{account_holder, iban (grouped by four), bic, account_number, routing,
    // reference (grouped), link, documents, has_bank_account, has_reference, has_link, has_qr,
    // qr_is_girocode}`. With several documents each item carries its own `reference`.
    QVariantMap fields() const;
    // Whether the company gave any way to pay (an account or a link): `has_payment_details`.
    bool hasDetails() const;

private:
    PaymentDetails m_payment;
    QString m_accountHolder;
    QStringList m_documents;
    QString m_reference;
    QString m_link;
    QString m_qrPayload;
    bool m_giroCode = false;
};

} // namespace ardesk
