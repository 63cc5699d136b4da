#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace ardesk {

// ISO 11649 structured creditor references ("RF18 5390 0754 7034"): RF, two check digits
// (ISO 7064 MOD 97-10, as in an IBAN) and up to 21 letters and digits. A document's reference
// is derived from its number: the number's letters and digits, upper case, so INV-2026/0042
// pays as RF.. INV20260042; a number with none, or more than 21, has no reference.
class CreditorReference {
public:
    static std::optional<QString> forDocument(QStringView documentNumber);
    // The letters and digits a valid reference carries (spaces allowed, any case): what
    // forDocument() was given, folded. Nothing when `text` is not a reference or its check
    // digits are wrong.
    static std::optional<QString> body(QStringView text);
    // The letters and digits of a document number, upper case: what its reference carries.
    static QString fold(QStringView documentNumber);

    static constexpr int maxBodyLength = 21;
};

} // namespace ardesk
