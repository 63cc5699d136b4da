#pragma once

#include <QString>
#include <QStringList>

namespace ardesk {

// The :86: information to the account owner that follows a :61: line.
//
// German and Dutch banks structure it in subfields "?NN": ?20–?29 and ?60–?63 the remittance
// text, ?30 the payer's bank code, ?31 the payer's account, ?32/?33 the payer's name (each at
// most 27 characters). Other banks write plain text, taken as it is, its lines joined by spaces.
struct Mt940Details {
    QString reference;
    QString counterpartyName;
    QString counterpartyAccount;

    // lines: the field's text after ":86:" and its continuation lines, without line ends.
    static Mt940Details parse(const QStringList& lines);
};

} // namespace ardesk
