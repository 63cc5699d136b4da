#pragma once

#include "domain/CurrencyCode.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// The demo company's own details: an address, e-mail, phone, tax number, and how customers pay
// it (a bank account and a payment link), so that its letters show a real letterhead and the
// payment block with its QR code: a GiroCode for EUR, a code of the payment link otherwise.
class DemoLetterhead {
public:
    static Result<void> write(Database& database, CurrencyCode currency);
};

} // namespace ardesk
