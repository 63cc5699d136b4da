#pragma once

#include <optional>

#include <QStringView>

namespace ardesk {

// ISO 7064 MOD 97-10, the check of IBANs and creditor references: the remainder mod 97 of the
// number `text` writes, letters counting as 10 (A) to 35 (Z). Nothing when `text` holds any
// other character (lower case included: callers fold first).
std::optional<int> mod97(QStringView text);

} // namespace ardesk
