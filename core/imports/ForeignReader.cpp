#include "imports/ForeignReader.h"

#include "imports/GnuCashCustomerReader.h"
#include "imports/GnuCashInvoiceReader.h"
#include "imports/QuickBooksCustomerReader.h"
#include "imports/QuickBooksInvoiceReader.h"
#include "imports/XeroCustomerReader.h"
#include "imports/XeroInvoiceReader.h"

namespace ardesk {

// Payments and credit notes are not read from any of these tools: QuickBooks Online's and
// Xero's payment imports are bank-statement matching, not a file of receipts against invoice
// numbers, and GnuCash's bills-and-invoices import has no payments.
std::unique_ptr<ForeignReader> ForeignReader::create(ImportFormat format, ImportKind kind)
{
    const bool customers = kind == ImportKind::Customers;
    if (!customers && kind != ImportKind::Invoices)
        return nullptr;
    switch (format) {
    case ImportFormat::QuickBooks:
        if (customers)
            return std::make_unique<QuickBooksCustomerReader>();
        return std::make_unique<QuickBooksInvoiceReader>();
    case ImportFormat::Xero:
        if (customers)
            return std::make_unique<XeroCustomerReader>();
        return std::make_unique<XeroInvoiceReader>();
    case ImportFormat::GnuCash:
        if (customers)
            return std::make_unique<GnuCashCustomerReader>();
        return std::make_unique<GnuCashInvoiceReader>();
    case ImportFormat::Native:
        break;
    }
    return nullptr;
}

} // namespace ardesk
