#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QStringView>

#include "domain/Money.h"

namespace ardesk {

// How customers pay the company, as every letter, statement and e-mail prints it: a bank
// account (an IBAN and BIC, or a domestic account number with its routing or sort code) and an
// optional payment link built from a URL pattern. Stored normalised: IBAN and BIC without
// spaces, upper case.
struct PaymentDetails {
    QString accountHolder; // empty: the company's name
    QString iban;
    QString bic;
    QString accountNumber;
    QString routing; // routing number, sort code, BSB… as the bank writes it
    // https://pay.example.com/{customer}?docs={documents}&amount={amount}: see link().
    QString paymentLinkPattern;

    bool operator==(const PaymentDetails&) const = default;
    bool isEmpty() const;

    // The same details as the ledger keeps them: IBAN and BIC compacted and upper case, the
    // rest trimmed.
    PaymentDetails normalized() const;
    // What is wrong with the details, one sentence per field (an IBAN whose check digits are
    // wrong, a BIC of the wrong shape, a link pattern that is no web address or names an
    // unknown placeholder); empty when nothing is.
    QStringList problems() const;

    // The link for paying `amount` of `documents` of the customer `customerCode`: the pattern
    // with {customer}, {documents} (comma-separated), {amount} (plain, "1234.50"), {currency}
    // and {reference} (the payment reference) replaced, each percent-encoded. Empty without a
    // pattern.
    QString link(const QString& customerCode, const QStringList& documents, const Money& amount,
                 const QString& reference) const;

    // Shape and check digits of an IBAN (spaces and case ignored); nothing when fine.
    static std::optional<QString> ibanProblem(QStringView iban);
    // ISO 9362: 4 letters (bank), 2 letters (country), 2 letters or digits (location), and
    // optionally 3 more (branch); nothing when fine.
    static std::optional<QString> bicProblem(QStringView bic);
    static std::optional<QString> linkProblem(QStringView pattern);
    // "DE89 3704 0044 0532 0130 00": groups of four, as IBANs and references are printed.
    static QString grouped(QStringView compact);
    // Without spaces, upper case.
    static QString compact(QStringView text);
};

} // namespace ardesk
