#pragma once

#include <QString>

#include "domain/Error.h"
#include "storage/InvoiceRepository.h"

namespace ardesk {

class Database;

// Invoices (and reminder charges, never plan installments) by the number that files and the
// command line name them with.
class InvoiceLookup {
public:
    explicit InvoiceLookup(Database& database);

    // NotFound for an unknown number.
    Result<InvoiceBalance> byNumber(const QString& number);

private:
    InvoiceRepository m_invoices;
};

} // namespace ardesk
