#pragma once

#include <QtGlobal>

namespace ardesk {

// A document just saved: the page that lists it selects it when it reads the ledger again, so
// that the user sees where it went.
struct SavedDocument {
    enum class Kind { None, Invoice, Payment, CreditNote };

    Kind kind = Kind::None;
    qint64 id = 0; // the ledger's InvoiceId or CreditId value
};

} // namespace ardesk
