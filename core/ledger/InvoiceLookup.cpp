#include "ledger/InvoiceLookup.h"

using namespace Qt::StringLiterals;

namespace ardesk {

InvoiceLookup::InvoiceLookup(Database& database)
    : m_invoices(database)
{}

Result<InvoiceBalance> InvoiceLookup::byNumber(const QString& number)
{
    const auto found = m_invoices.findByNumber(number);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no invoice numbered \"%1\""_s.arg(number));
    return **found;
}

} // namespace ardesk
