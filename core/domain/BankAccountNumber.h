#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace ardesk {

// A customer's or a counterparty's bank account as the ledger keeps it: an IBAN or a domestic
// account number, without spaces, upper case, so that the one in a bank file and the one the
// bookkeeper typed compare equal.
class BankAccountNumber {
public:
    static QString normalized(QStringView text);
    // Why `text` cannot be an account: an IBAN (two letters, two digits, …) whose check digits
    // are wrong, or characters no account has. Nothing when it is fine or empty.
    static std::optional<QString> problem(QStringView text);
};

} // namespace ardesk
